package halfhelpers

import "context"

// DockerClient starts containers for the helpers.
type DockerClient struct{}

// RunContainer removes the container on failure with a fresh context.
func (d *DockerClient) RunContainer(ctx context.Context) {
	probe(ctx) // want "test support"
}
