package testhelpers

// Client is production code.
type Client struct{}
