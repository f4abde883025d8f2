package instrumentcreation

import (
	"go/token"
	"go/types"
	"strings"

	"github.com/otellint/otellint/internal/reqscope"
)

// CreatesFact marks a function that creates an instrument, a provider, an
// exporter or a registration every time it is called, without caching it.
// A call of such a function in request-scoped code is reported like the
// creation itself.
type CreatesFact struct {
	// Category is the check the creation belongs to.
	Category string
	// What names what is created: "instrument Int64Counter".
	What string
	// Line is the line of the creation (or of the call that creates)
	// relative to the line of the function's name, for Related.
	Line int
	// Setup is true when the function creates only as a set-up step: in
	// set-up code, or by calling set-up steps from a function that is
	// request-scoped only because it takes a context. Such a function
	// called from another context-taking function is a chain of set-up
	// steps (Reload(ctx) calling Validate(ctx, cfg) calling Build), not a
	// creation per request.
	Setup bool
}

// AFact marks CreatesFact as an analysis fact.
func (*CreatesFact) AFact() {}

// String describes the fact, as the tests expect it.
func (f *CreatesFact) String() string { return "creates " + f.What }

// learnFacts learns which functions of the package create, and exports
// their facts. A function creates when a creation in it is not reported
// where it is (set-up code, a table built in a loop, a set-up step called
// from a weak place) and not skipped (cached, in a test file, exempt); a
// call of a function that creates makes its caller create too. The calls
// of the package's own functions are visited again until no fact changes:
// each round can only add a fact or turn a set-up fact into a plain one,
// so the fixpoint is reached in at most twice as many rounds as there are
// functions.
func (c *checker) learnFacts(direct, calls []*site) {
	for _, s := range direct {
		s.fact = &CreatesFact{Category: s.c.category, What: s.c.what}
		c.learn(s)
	}
	for changed := true; changed; {
		changed = false
		for _, s := range calls {
			f := c.helperFact(s.helper)
			if f == nil {
				continue
			}
			c.locate(s)
			if s.fact == nil {
				s.c = categoryText(f)
				s.skip = s.skip || c.rebuiltOnTick(s)
				s.loopStored = s.place.Kind == reqscope.Request && s.place.Loop && stored(c.pass.TypesInfo, s.cur)
			}
			s.fact = f
			s.table = s.place.Kind == reqscope.Request && (s.loopStored || weakSetupCall(s) || weakSetupStep(s) || c.provisions(s) || c.populates(s))
			if c.learn(s) {
				changed = true
			}
		}
	}
	for fn, f := range c.local {
		c.pass.ExportObjectFact(fn, f)
	}
}

// learn records that the function around s creates what s.fact says, and
// reports whether that changed what is known. Nothing is learned from a
// creation that is skipped, reported where it is (its callers need not
// be), done once whoever calls (sync.Once), outside a function, in init or
// main (never called), or a lookup (otel.Tracer in a helper is the
// helper's business, not a creation its callers repeat).
func (c *checker) learn(s *site) bool {
	f := s.fact
	if s.skip || s.decl == nil || f.Category == CategoryLookupPerRequest {
		return false
	}
	if s.place.Kind == reqscope.Request && !s.table {
		return false // reported here: its callers need not be
	}
	if s.place.Reason == reqscope.ReasonOnce {
		return false // created once, whoever calls
	}
	fn, ok := c.pass.TypesInfo.Defs[s.decl.Name].(*types.Func)
	if !ok || s.decl.Recv == nil && (fn.Name() == "init" || fn.Name() == "main" && c.pass.Pkg.Name() == "main") {
		return false // init and main are never called
	}
	// A function creates as a set-up step when every creation in it is
	// in set-up code or a call of a set-up step from a weak place.
	setup := s.place.Kind == reqscope.Init || s.table && (s.helper != nil && weakSetupCall(s) || weakSetupStep(s) || c.provisions(s) || c.populates(s))
	if old := c.local[fn]; old != nil {
		if !old.Setup || setup {
			return false
		}
		old.Setup = false
		return true
	}
	c.local[fn] = &CreatesFact{Category: f.Category, What: f.What, Line: line(c.pass.Fset, s.call.Pos()) - line(c.pass.Fset, fn.Pos()), Setup: setup}
	c.origin[fn] = s.call.Pos()
	return true
}

// weakSetupCall reports whether s calls a set-up helper (New*, Build*...,
// or a function whose fact says it creates as a set-up step) from a place
// that is request-scoped only by the weak rules (a function that takes a
// context, a bounded loop): a set-up step calling another, such as
// Validate(ctx, cfg) building a graph to check it. Its function is learnt
// to create instead, so a handler calling it is still reported.
func weakSetupCall(s *site) bool {
	return (s.place.Context || s.place.Loop) && (reqscope.IsSetupName(s.helper.Name()) || s.fact != nil && s.fact.Setup)
}

// weakSetupStep reports whether s makes what set-up code makes as often
// as handlers do (an instrumented handler or transport, directly or
// through a helper) in a place that is request-scoped only by the weak
// rules: routes registered in a loop, a client dialled by a function that
// takes a context.
func weakSetupStep(s *site) bool {
	return s.c.setupStep && (s.place.Context || s.place.Loop)
}

// helperFact returns the fact of fn, learned in this package or imported
// from fn's, or nil.
func (c *checker) helperFact(fn *types.Func) *CreatesFact {
	if f := c.local[fn]; f != nil {
		return f
	}
	if fn.Pkg() == c.pass.Pkg {
		return nil
	}
	f, ok := c.imported[fn]
	if !ok {
		var fact CreatesFact
		// A package that can create nothing has no fact (run returns
		// early): not asking spares the drivers that compute facts on
		// demand.
		if !isLibrary(fn.Pkg().Path()) && mayCreate(fn.Pkg()) && c.pass.ImportObjectFact(fn, &fact) {
			f = &fact
		}
		c.imported[fn] = f
	}
	return f
}

// helperPos returns where the helper creates: the exact call for a
// function of this package, else the line the fact records, relative to
// the helper's name.
func (c *checker) helperPos(fn *types.Func, f *CreatesFact) token.Pos {
	if p, ok := c.origin[fn]; ok {
		return p
	}
	tf := c.pass.Fset.File(fn.Pos())
	if tf == nil {
		return fn.Pos()
	}
	l := tf.Line(fn.Pos()) + f.Line
	if l < 1 || l > tf.LineCount() {
		return fn.Pos()
	}
	return tf.LineStart(l)
}

// isLibrary reports whether path belongs to the OpenTelemetry Go API, SDK
// and exporters or to the Prometheus client: what they create inside is
// known by their entry points (NewTracerProvider, the exporters), so no
// facts are learnt from them.
func isLibrary(path string) bool {
	for _, p := range []string{"go.opentelemetry.io/otel", "github.com/prometheus/client_golang"} {
		if strings.HasPrefix(path, p) && (len(path) == len(p) || path[len(p)] == '/') {
			return true
		}
	}
	return false
}

// line returns the line of pos.
func line(fset *token.FileSet, pos token.Pos) int {
	return fset.Position(pos).Line
}
