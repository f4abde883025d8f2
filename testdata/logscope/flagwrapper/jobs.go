package flagwrapper

// Job is a unit of the service's work.
type Job struct{ ID string }
