package metricdef

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
)

// instrument is an instrument's definition: what a call of a
// metric.Meter constructor or of a Prometheus collector constructor says
// about the instrument it creates.
type instrument struct {
	call *ast.CallExpr
	prom bool   // a Prometheus collector
	kind string // apis.KindCounter, apis.KindHistogram...
	// float is true for an OpenTelemetry instrument of float64 values.
	float bool
	// observable is true for an asynchronous instrument.
	observable bool

	name     string
	nameOK   bool     // the name is constant
	nameExpr ast.Expr // the name argument, or the Name field's value

	// optsKnown is true when every option is understood, so that a unit
	// or boundaries missing from them are really missing (not hidden in
	// an opts... slice or a Prometheus options variable).
	optsKnown bool
	unitSet   bool // WithUnit is among the options
	unit      string
	unitOK    bool // the unit is constant
	unitExpr  ast.Expr
	// desc is the constant description, or "".
	desc string

	boundsSet bool // WithExplicitBucketBoundaries, or the Buckets field
	bounds    []float64
	boundsOK  bool     // the boundaries are constant
	boundsAt  ast.Node // the boundaries option or the Buckets value
	// boundsLits are the boundaries written out as literal arguments of
	// WithExplicitBucketBoundaries or in a []float64 literal, which a fix
	// may rewrite; nil otherwise.
	boundsLits []ast.Expr
	// native is true for a Prometheus histogram with native (sparse)
	// buckets, whose classic buckets are then empty by default.
	native bool

	// predecessor is set on an instrument without a unit that the
	// package keeps beside its successor, the same name with the unit
	// appended and declared; successor is set on that successor (see
	// pairSuccessors).
	predecessor, successor bool
}

// definition returns the instrument that call creates, or nil when it
// does not create one.
func (c *checker) definition(call *ast.CallExpr, key string) *instrument {
	if in, ok := apis.Instruments[key]; ok {
		return c.otelDefinition(call, in)
	}
	if kind, _ := apis.PromKind(key); kind != "" {
		return c.promDefinition(call, kind)
	}
	return nil
}

// otelDefinition reads meter.Float64Histogram(name, options...).
func (c *checker) otelDefinition(call *ast.CallExpr, in apis.Instrument) *instrument {
	d := &instrument{call: call, kind: in.Kind, float: in.Float, observable: in.Observable, optsKnown: !call.Ellipsis.IsValid()}
	if len(call.Args) == 0 {
		return d
	}
	info := c.pass.TypesInfo
	d.nameExpr = call.Args[0]
	d.name, d.nameOK = constval.String(info, call.Args[0])
	for _, a := range call.Args[1:] {
		opt, ok := ast.Unparen(a).(*ast.CallExpr)
		fn := (*types.Func)(nil)
		if ok {
			fn = apis.Callee(info, opt)
		}
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != apis.MetricPkg {
			d.optsKnown = false // an option built elsewhere may set anything
			continue
		}
		switch c.idx.Key(opt) {
		case apis.MetricWithUnit:
			if len(opt.Args) == 1 {
				d.unitSet = true
				d.unitExpr = opt.Args[0]
				d.unit, d.unitOK = constval.String(info, opt.Args[0])
			}
		case apis.MetricWithDescription:
			if len(opt.Args) == 1 {
				d.desc, _ = constval.String(info, opt.Args[0])
			}
		case apis.MetricWithBoundaries:
			d.boundsSet = true
			d.boundsAt = opt
			d.bounds, d.boundsOK, d.boundsLits = c.floatArgs(opt)
		}
	}
	return d
}

// promDefinition reads prometheus.NewHistogramVec(prometheus.HistogramOpts{...}, labels)
// and the other constructors, whose first argument is the options
// struct, written in place or held by a local variable set once.
func (c *checker) promDefinition(call *ast.CallExpr, kind string) *instrument {
	d := &instrument{call: call, prom: true, kind: kind, float: true}
	if len(call.Args) == 0 {
		return d
	}
	lit := c.optsLiteral(call.Args[0])
	if lit == nil {
		return d
	}
	d.optsKnown = true
	info := c.pass.TypesInfo
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			d.optsKnown = false
			continue
		}
		id, _ := kv.Key.(*ast.Ident)
		if id == nil {
			continue
		}
		switch id.Name {
		case "Name":
			d.nameExpr = kv.Value
			d.name, d.nameOK = constval.String(info, kv.Value)
		case "Buckets":
			if kind == apis.KindHistogram {
				d.boundsSet = true
				d.boundsAt = kv.Value
				d.bounds, d.boundsOK, d.boundsLits = c.promBuckets(kv.Value)
			}
		case "NativeHistogramBucketFactor":
			if f, ok := c.constFloat(kv.Value); !ok || f > 1 {
				d.native = true
			}
		}
	}
	return d
}

// optsLiteral returns the composite literal of a Prometheus options
// struct given as e: prometheus.HistogramOpts{...}, its address, or a
// local variable set once to one. It returns nil otherwise.
func (c *checker) optsLiteral(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.CompositeLit:
		if tv, ok := c.pass.TypesInfo.Types[e]; ok && apis.IsPromOpts(tv.Type) {
			return e
		}
	case *ast.Ident:
		if v, ok := c.pass.TypesInfo.Uses[e].(*types.Var); ok {
			if vals := c.assignments()[v]; len(vals) == 1 && vals[0] != nil {
				if lit, ok := ast.Unparen(vals[0]).(*ast.CompositeLit); ok {
					return c.optsLiteral(lit)
				}
			}
		}
	}
	return nil
}

// floatArgs returns the constant boundaries given to
// WithExplicitBucketBoundaries: written out as arguments, or as a slice
// literal spread with "...", directly or through a variable set once.
func (c *checker) floatArgs(call *ast.CallExpr) (vals []float64, ok bool, lits []ast.Expr) {
	if call.Ellipsis.IsValid() {
		if len(call.Args) != 1 {
			return nil, false, nil
		}
		return c.floatSlice(call.Args[0])
	}
	vals, ok = c.constFloats(call.Args)
	if !ok {
		return nil, false, nil
	}
	return vals, true, call.Args
}

// floatSlice returns the constant elements of a []float64 literal given
// as e, directly or through a variable set once.
func (c *checker) floatSlice(e ast.Expr) (vals []float64, ok bool, lits []ast.Expr) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if _, kv := elt.(*ast.KeyValueExpr); kv {
				return nil, false, nil // indexed elements: not worth the trouble
			}
		}
		vals, ok = c.constFloats(e.Elts)
		if !ok {
			return nil, false, nil
		}
		return vals, true, e.Elts
	case *ast.Ident, *ast.SelectorExpr:
		v := c.varOf(e)
		if v == nil {
			return nil, false, nil
		}
		if vals := c.assignments()[v]; len(vals) == 1 && vals[0] != nil {
			vals, ok, _ := c.floatSlice(vals[0])
			return vals, ok, nil // the literal is elsewhere: no fix here
		}
	}
	return nil, false, nil
}

// promBuckets returns the constant buckets of a HistogramOpts: a
// []float64 literal, prometheus.DefBuckets, or a bucket helper called
// with constants (prometheus.ExponentialBuckets(0.001, 2, 12)).
func (c *checker) promBuckets(e ast.Expr) (vals []float64, ok bool, lits []ast.Expr) {
	info := c.pass.TypesInfo
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if apis.IsPkgVar(info.Uses[x.Sel], apis.PromDefBuckets) {
			return slices.Clone(apis.PromDefBucketValues), true, nil
		}
	case *ast.CallExpr:
		args, ok := c.constFloats(x.Args)
		if !ok || len(args) != 3 {
			return nil, false, nil
		}
		vals, ok := apis.PromBucketHelper(c.idx.Key(x), args[0], args[1], args[2])
		return vals, ok, nil
	}
	return c.floatSlice(e)
}

// constFloats returns the values of constant numeric expressions.
func (c *checker) constFloats(es []ast.Expr) ([]float64, bool) {
	out := make([]float64, 0, len(es))
	for _, e := range es {
		f, ok := c.constFloat(e)
		if !ok {
			return nil, false
		}
		out = append(out, f)
	}
	return out, true
}

// constFloat returns the value of a constant numeric expression.
func (c *checker) constFloat(e ast.Expr) (float64, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	switch tv.Value.Kind() {
	case constant.Int, constant.Float:
		f, _ := constant.Float64Val(constant.ToFloat(tv.Value))
		return f, true
	}
	return 0, false
}

// knownUnit returns the unit an OpenTelemetry instrument declares, ""
// when its options are all known and none declares one, and false when
// the unit is not known.
func (d *instrument) knownUnit() (string, bool) {
	switch {
	case d.unitSet:
		return d.unit, d.unitOK
	case d.optsKnown:
		return "", true
	}
	return "", false
}
