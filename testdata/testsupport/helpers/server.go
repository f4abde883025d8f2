package helpers

// Server is production code, in a file that does not import "testing".
type Server struct{}
