// Package status keeps the state of loads; it uses no metric API.
package status

// Status is the last state of a load.
type Status struct {
	Name    string
	Message string // want Message:`holds err.Error\(\)`
	Code    string
}

// SetError records err.
func (s *Status) SetError(err error) {
	s.Code = "error"
	s.Message = err.Error()
}
