package flagwrapper

// Job is a unit of the server's work.
type Job struct{ ID string }
