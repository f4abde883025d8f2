package rawlogging

import (
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/astx"
	"github.com/otellint/otellint/internal/passkit"
)

// drawerFact marks a function that draws on the terminal: it redraws the
// terminal's line itself ([checker.terminalControl]: a progress bar, a
// spinner) or calls a function that does. A package that calls one is
// part of a program that a person watches at a terminal, not of a
// service.
type drawerFact struct{}

// AFact marks drawerFact as an analysis fact.
func (*drawerFact) AFact() {}

// String describes the fact, as the tests expect it.
func (*drawerFact) String() string { return "draws on the terminal" }

// learnDrawers finds the functions of the package's non-test files that
// draw on the terminal through fmt or another package's drawer, and notes
// which of the package's functions call which; [checker.noteDrawer] adds
// those that draw through the print builtins, which only the shared walk
// meets, and [checker.finishDrawers] then spreads the drawing to their
// callers, exports the fact of the exported ones, and, if there is one,
// notes the package as a terminal program's: what it prints is the
// program's output, as in command-line code. A dependency (a module with
// a version) is not learnt from, as for printers. Function literals count
// for the function around them: a spinner's goroutine draws for the
// function that starts it.
//
//	func (b *Bar) Play() { fmt.Printf("\r[%-50s]%3d%%", b.rate, b.percent) }
//	func (g *Generator) Generate() { log.Printf("fetching"); ...; g.bar.Play() }
func (c *checker) learnDrawers(ins *inspector.Inspector) {
	if c.pass.Module != nil && c.pass.Module.Version != "" {
		return // a dependency
	}
	imported := map[*types.Func]bool{}
	c.drawers = map[*types.Func]bool{}
	c.drawCallers = map[*types.Func][]*types.Func{} // callee -> the package's functions that call it
	for fileCur := range passkit.NonTestFiles(c.pass, ins) {
		// The calls the shared walk found: a call of no function (a
		// conversion, a builtin, a function value) has no key and no
		// static callee.
		for _, cl := range c.idx.CallsIn(fileCur) {
			cur, call := cl.Cur, cl.Node()
			var draws bool
			var callee *types.Func
			if key := c.idx.Key(call); key != "" {
				if c.printsText(call) != "" {
					draws, _ = c.cursorMove(call, key)
				}
			} else if fn := cl.Fn; !isInterfaceMethod(fn) && fn.Pkg() != nil {
				fn = fn.Origin()
				switch {
				case fn.Pkg() == c.pass.Pkg:
					callee = fn
				case fn.Exported():
					d, ok := imported[fn]
					if !ok {
						d = c.pass.ImportObjectFact(fn, new(drawerFact))
						imported[fn] = d
					}
					draws = d
				}
			}
			if !draws && callee == nil {
				continue
			}
			caller := c.declOf(cur)
			if caller == nil {
				continue // a package-level initializer draws for no function
			}
			if callee != nil {
				c.drawCallers[callee] = append(c.drawCallers[callee], caller)
			} else {
				c.drawers[caller] = true
			}
		}
	}
}

// noteDrawer notes that the function around cur draws on the terminal
// through a print builtin (print("\033[H\033[2J") clearing the screen).
func (c *checker) noteDrawer(cur inspector.Cursor) {
	if c.drawers == nil || c.drawersDone {
		return // not learning: a dependency, or allow-main is off
	}
	if fn := c.declOf(cur); fn != nil {
		c.drawers[fn] = true
	}
}

// finishDrawers spreads the drawing of the functions found to the
// package's functions that call them, exports their facts, notes the
// package as a terminal program's if one draws, and reports the raw
// prints held back until then.
func (c *checker) finishDrawers() {
	if c.drawers == nil || c.drawersDone {
		return
	}
	c.drawersDone = true
	work := make([]*types.Func, 0, len(c.drawers))
	for fn := range c.drawers {
		work = append(work, fn)
	}
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		for _, caller := range c.drawCallers[fn] {
			if !c.drawers[caller] {
				c.drawers[caller] = true
				work = append(work, caller)
			}
		}
	}
	for fn := range c.drawers {
		if c.terminal == nil || fn.Pos() < c.terminal.Pos() {
			c.terminal = fn // the first in the source, for a stable reason
		}
		if fn.Exported() {
			c.pass.ExportObjectFact(fn, new(drawerFact))
		}
	}
	held := c.held
	c.held = nil
	for _, h := range held {
		c.reportAt(h.cur, h.d)
	}
}

// isInterfaceMethod reports whether fn is a method of an interface: the
// callee of a call of one is not known statically.
func isInterfaceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// declOf returns the function declared around the node at cur, or nil.
func (c *checker) declOf(cur inspector.Cursor) *types.Func {
	d := astx.EnclosingDecl(cur)
	if d == nil {
		return nil
	}
	fn, _ := c.pass.TypesInfo.Defs[d.Name].(*types.Func)
	return fn
}
