package apis

import (
	"go/types"
)

// What the standard library says about the units of the numbers it
// returns: a time.Duration counts nanoseconds, and each of its
// conversion methods returns another unit; runtime.NumGoroutine is a
// level, not an increment.
const (
	TimePkg     = "time"
	TimeDur     = TimePkg + ".Duration"
	TimeTime    = TimePkg + ".Time"
	RuntimeNumG = "runtime.NumGoroutine"
)

// DurationMethods maps each conversion method of time.Duration to the
// size, in seconds, of the unit of the number it returns.
var DurationMethods = map[string]float64{
	m(TimeDur, "Hours"):        3600,
	m(TimeDur, "Minutes"):      60,
	m(TimeDur, "Seconds"):      1,
	m(TimeDur, "Milliseconds"): 1e-3,
	m(TimeDur, "Microseconds"): 1e-6,
	m(TimeDur, "Nanoseconds"):  1e-9,
}

// IsDuration reports whether t is time.Duration.
func IsDuration(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == TimePkg && n.Obj().Name() == "Duration"
}

// IsTimeChan reports whether t is a channel of time.Time: what delivers
// the ticks of a time.Ticker or time.Timer (its C field), of time.After
// and time.Tick, and of the clocks that mock them.
func IsTimeChan(t types.Type) bool {
	if t == nil {
		return false
	}
	ch, ok := t.Underlying().(*types.Chan)
	return ok && ch.Dir() != types.SendOnly && namedTypeKey(ch.Elem()) == TimeTime
}

func init() {
	for k := range DurationMethods {
		def(k)
	}
	def(RuntimeNumG)
}
