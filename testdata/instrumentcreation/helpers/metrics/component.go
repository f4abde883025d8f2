package metrics

import (
	"fmt"

	"go.opentelemetry.io/otel/metric"
)

// Metrics is a component that keeps its instruments by name.
type Metrics struct {
	meter       metric.Meter
	instruments map[string]metric.Int64Counter
}

// CreateInstrument creates an instrument and keeps it: it hands back
// only an error.
func (m *Metrics) CreateInstrument(name string) error { // want CreateInstrument:"creates instrument Int64Counter"
	if err := m.check(name); err != nil {
		return err
	}
	c, err := m.meter.Int64Counter(name)
	if err != nil {
		return err
	}
	m.instruments[name] = c
	return nil
}

// check refuses a name the component already holds.
func (m *Metrics) check(name string) error {
	if m.instruments[name] != nil {
		return fmt.Errorf("instrument %s already exists", name)
	}
	return nil
}

// Counter creates an instrument and hands it back.
func (m *Metrics) Counter(name string) metric.Int64Counter { // want Counter:"creates instrument Int64Counter"
	c, _ := m.meter.Int64Counter(name)
	return c
}
