package helpers

// Client is production code, in a file that does not import "testing".
type Client struct{}
