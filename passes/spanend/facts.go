package spanend

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/ctxscope"
)

// spanFact records what a function does with spans, so that callers in
// this and other packages are judged by it:
//
//   - it starts a span and returns it (callers must end it, and are checked
//     as if they called Tracer.Start);
//   - it ends, keeps, or only uses a trace.Span parameter, and whether it
//     sets an error status on it or records an error on it.
type spanFact struct {
	Start int // 1 + index of the result holding a started span; 0 if none
	// NilOnError is set when the function that starts and returns a span
	// also returns an error last, and returns a nil span with every error
	// that may be non-nil: below the caller's "if err != nil" there is no
	// span to end.
	NilOnError bool
	Params     []paramUse
}

// paramUse is what a function does with one trace.Span parameter.
type paramUse struct {
	Index int
	Name  string
	// Ctx is set for a context.Context parameter: the uses are of the
	// span it carries (trace.SpanFromContext(ctx).End()).
	Ctx    bool
	Ends   bool
	Keeps  bool
	Status bool
	Record bool
	// StatusWhen and RecordWhen say when a function with an error result
	// marks the span: on every path (""), whenever it returns a non-nil
	// error (whenError), or on some paths only (whenSome).
	StatusWhen string
	RecordWhen string
}

// When a function marks a span, if not on every path.
const (
	whenError = "when it returns an error"
	whenSome  = "on some paths"
)

// suffix renders when for a fact's description.
func suffix(when string) string {
	if when == "" {
		return ""
	}
	return " " + when
}

// AFact marks spanFact as an analysis fact.
func (*spanFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *spanFact) String() string {
	var parts []string
	if f.Start > 0 {
		parts = append(parts, "starts and returns a span")
		if f.NilOnError {
			parts[len(parts)-1] += " (nil with an error)"
		}
	}
	for _, p := range f.Params {
		n := len(parts)
		if p.Ctx {
			if p.Ends {
				parts = append(parts, "ends the span in "+p.Name)
			}
			if p.Status {
				parts = append(parts, "sets error status on the span in "+p.Name+suffix(p.StatusWhen))
			}
			if p.Record {
				parts = append(parts, "records error on the span in "+p.Name+suffix(p.RecordWhen))
			}
			continue
		}
		if p.Index == recvIndex {
			p.Name = "the span of its receiver"
		}
		if p.Ends {
			parts = append(parts, "ends "+p.Name)
		}
		if p.Keeps {
			parts = append(parts, "keeps "+p.Name)
		}
		if p.Status {
			parts = append(parts, "sets error status on "+p.Name+suffix(p.StatusWhen))
		}
		if p.Record {
			parts = append(parts, "records error on "+p.Name+suffix(p.RecordWhen))
		}
		if len(parts) == n {
			parts = append(parts, "only uses "+p.Name)
		}
	}
	return strings.Join(parts, ", ")
}

// param returns the use of parameter i, or nil if it is not a span.
func (f *spanFact) param(i int) *paramUse {
	for k := range f.Params {
		if f.Params[k].Index == i {
			return &f.Params[k]
		}
	}
	return nil
}

// events is what passing a span to the parameter does to it.
func (p *paramUse) events() events {
	var ev events
	if p.Ends {
		ev |= evEnd
	}
	if p.Keeps {
		ev |= evTransfer
	}
	if p.Status && p.StatusWhen == "" {
		ev |= evStatus
	}
	if p.Record && p.RecordWhen == "" {
		ev |= evRecord
	}
	return ev
}

// factOf returns what fn does with spans: learned in this package, or
// imported from the package that declares fn.
func (c *checker) factOf(fn *types.Func) *spanFact {
	if fn == nil {
		return nil
	}
	if f, ok := c.local[fn]; ok {
		return f
	}
	if fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return nil
	}
	f, ok := c.imported[fn]
	if !ok {
		f = new(spanFact)
		// A package that reaches no trace.Span has no fact (run returns
		// early): not asking spares the drivers that compute facts on
		// demand.
		if !apis.PackageImportsAny(fn.Pkg(), apis.TracePkg) || !c.pass.ImportObjectFact(fn, f) {
			f = nil
		}
		c.imported[fn] = f
	}
	return f
}

// learnFacts computes the facts of the functions declared in the package,
// repeating until helpers that call helpers agree, and exports them. Only
// functions with a span or a context among their parameters or results
// can have a fact. A fact depends on the facts of the functions called,
// so a chain of helpers needs a round per link; the rounds stop at four,
// deeper chains being rare. A span passed to a helper whose fact was not
// learned is taken as handed on, as for code the pass cannot see.
func (c *checker) learnFacts() {
	var decls []*types.Func
	for fc := range c.ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		d := fc.Node().(*ast.FuncDecl)
		fn, _ := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
		if fn == nil || d.Body == nil {
			continue
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil || !c.mentionsSpan(sig) {
			continue
		}
		c.funcs[fn] = fc
		decls = append(decls, fn)
	}
	for range 4 {
		changed := false
		for _, fn := range decls {
			f := c.computeFact(fn, c.funcs[fn])
			old, had := c.local[fn]
			if f == nil {
				if had {
					delete(c.local, fn)
					changed = true
				}
				continue
			}
			if !had || old.String() != f.String() {
				changed = true
			}
			c.local[fn] = f
		}
		if !changed {
			break
		}
	}
	for _, fn := range decls {
		if f := c.local[fn]; f != nil {
			c.pass.ExportObjectFact(fn, f)
		}
	}
}

// mentionsSpan reports whether a parameter or result of sig is a span, or
// a result or the receiver is a span wrapper type (wrapper.go).
func (c *checker) mentionsSpan(sig *types.Signature) bool {
	for v := range sig.Params().Variables() {
		if c.isSpan(v.Type()) || ctxscope.IsContext(v.Type()) {
			return true
		}
	}
	for v := range sig.Results().Variables() {
		if c.isSpan(v.Type()) || c.spanField(v.Type()) != nil {
			return true
		}
	}
	return sig.Recv() != nil && c.spanField(sig.Recv().Type()) != nil
}

// computeFact works out what the function fn, declared at fc, does with
// spans, or returns nil if it does nothing worth recording.
func (c *checker) computeFact(fn *types.Func, fc inspector.Cursor) *spanFact {
	body, sig := c.funcParts(fc.Node())
	if body == nil || sig == nil {
		return nil
	}
	f := &spanFact{}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if p.Name() == "" || p.Name() == "_" {
			continue
		}
		if ctxscope.IsContext(p.Type()) {
			if !c.unassignedParam(fc, p) {
				continue // it replaces the context: the span there is its own
			}
			// What it does to the span its context carries.
			t := c.track(fc, body, nil, p)
			ev := t.union(nil) & (evEnd | evEndDeferred | evStatus | evRecord)
			if ev != 0 {
				f.Params = append(f.Params, paramUse{
					Index:      i,
					Name:       p.Name(),
					Ctx:        true,
					Ends:       ev&(evEnd|evEndDeferred) != 0,
					Status:     ev&evStatus != 0,
					Record:     ev&evRecord != 0,
					StatusWhen: c.marksWhen(fc, sig, t, ev, evStatus),
					RecordWhen: c.marksWhen(fc, sig, t, ev, evRecord),
				})
			}
			continue
		}
		if !c.isSpan(p.Type()) {
			continue
		}
		t := c.track(fc, body, p, nil)
		ev := t.union(nil)
		f.Params = append(f.Params, paramUse{
			Index:      i,
			Name:       p.Name(),
			Ends:       ev&(evEnd|evEndDeferred) != 0,
			Keeps:      ev&evTransfer != 0,
			Status:     ev&evStatus != 0,
			Record:     ev&evRecord != 0,
			StatusWhen: c.marksWhen(fc, sig, t, ev, evStatus),
			RecordWhen: c.marksWhen(fc, sig, t, ev, evRecord),
		})
	}
	if pu := c.receiverUse(fn, fc); pu != nil {
		f.Params = append(f.Params, *pu)
	}
	for k := range sig.Results().Len() {
		rt := sig.Results().At(k).Type()
		if (c.isSpan(rt) && c.startsAndReturns(fc, body, sig, k)) || (c.spanField(rt) != nil && c.wrapsStarted(fc, body, sig, k)) {
			f.Start = k + 1
			f.NilOnError = c.nilSpanOnError(body, sig, k)
			break
		}
	}
	if f.Start == 0 && len(f.Params) == 0 {
		return nil
	}
	return f
}

// nilSpanOnError reports whether the function whose body is given
// returns an error as its last result and, at every return whose error
// may be non-nil, a literal nil as its span result k (the Go convention
// that results are unset beside an error):
//
//	if err != nil {
//		return nil, nil, err
//	}
//	return env, span, nil
//
// A return of a call's results or a bare return of named results is not
// judged, and then the span may come with the error.
func (c *checker) nilSpanOnError(body *ast.BlockStmt, sig *types.Signature, k int) bool {
	n := sig.Results().Len()
	if n < 2 || k == n-1 || !types.Identical(sig.Results().At(n-1).Type(), errorType) {
		return false
	}
	info := c.pass.TypesInfo
	ok := true
	ast.Inspect(body, func(node ast.Node) bool {
		switch r := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(r.Results) != n {
				ok = false
			} else if !astx.IsNil(info, r.Results[n-1]) && !astx.IsNil(info, r.Results[k]) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// errorType is the predeclared error type.
var errorType = types.Universe.Lookup("error").Type()

// startsAndReturns reports whether the function fc returns, as result k,
// a span it started and did not end:
//
//	return tracer.Start(ctx, name)
//	ctx, span := tracer.Start(ctx, name); ...; return ctx, span
func (c *checker) startsAndReturns(fc inspector.Cursor, body *ast.BlockStmt, sig *types.Signature, k int) bool {
	n := sig.Results().Len()
	for _, cr := range c.creations(fc) {
		if cr.parentRet != nil {
			if n > 1 && cr.spanIdx == k && len(cr.parentRet.Results) == 1 {
				return true
			}
			if n == 1 && cr.nresults == 1 {
				return true
			}
			continue
		}
		v := cr.spanVar(c)
		if v == nil || !local(v, body) {
			continue
		}
		t := c.track(fc, body, v, nil)
		if t.union(cr.stmt)&(evEnd|evEndDeferred) != 0 {
			continue
		}
		returned := false
		for cur := range fc.Preorder((*ast.ReturnStmt)(nil)) {
			ret := cur.Node().(*ast.ReturnStmt)
			if in, _ := astx.EnclosingFunc(cur); len(ret.Results) != n || in != fc {
				continue // another shape of return, or a function literal's
			}
			if id, ok := ast.Unparen(ret.Results[k]).(*ast.Ident); ok && t.spans[c.pass.TypesInfo.Uses[id]] {
				returned = true
				break
			}
		}
		if returned {
			return true
		}
	}
	return false
}
