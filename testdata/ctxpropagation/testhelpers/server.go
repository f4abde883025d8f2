package testhelpers

// Server is production code.
type Server struct{}
