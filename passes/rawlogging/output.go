package rawlogging

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/passkit"
)

// outputs holds what the package's callers are to judge: the functions
// of an internal package that print the program's output on their
// callers' behalf ([checker.learnOutputs]).
type outputs struct {
	// members are the package-level functions whose output is their
	// callers': the exported ones the package never uses, and those only
	// they call.
	members map[*types.Func]bool
	// callees lists, for each member, the members it calls while it runs.
	callees map[*types.Func][]*types.Func
	// prints holds, for a member that prints by itself, what it prints
	// with first ("fmt.Printf").
	prints map[*types.Func]string
	// order lists the members in the order of their declarations, for
	// stable facts.
	order []*types.Func
}

// isInternal reports whether a package's path has an internal element: Go
// lets only the module's own packages import it, so every call of its
// functions is in code analysed with it.
func isInternal(pkg *types.Package) bool {
	return pkg != nil && slices.Contains(strings.Split(pkg.Path(), "/"), "internal")
}

// learnOutputs finds, in an internal package of the module, the functions
// whose prints of the program's output (fmt to a standard stream) are for
// their callers to judge: an exported package-level function that the
// package itself never uses is there for other packages of the module,
// each of which is analysed, and whether what it prints while it runs is
// a command's output or a service's log line depends on whether a
// command or a service calls it. So do the package's functions that only
// such functions call while they run. Their prints are not reported
// where they are; the exported ones carry a [printerFact] whose calls are
// reported where a service makes them, and are a command's output where
// a command does (a support-bundle collector that egctl's collect
// command runs, printing its progress).
//
//	func CollectResult(ctx context.Context, cfg *rest.Config) (Result, error) {
//		go func() {
//			msg := <-progress
//			fmt.Printf("Collecting support bundle: %v\n", msg)
//		}()
//
// A method may be called through an interface, where no call names it;
// only package-level functions are followed. Printing through the log
// package writes a log record wherever it is called from, and is
// reported where it is.
func (c *checker) learnOutputs() {
	if !isInternal(c.pass.Pkg) || c.pass.Module != nil && c.pass.Module.Version != "" {
		return
	}
	o := &outputs{members: map[*types.Func]bool{}, callees: map[*types.Func][]*types.Func{}, prints: map[*types.Func]string{}}
	var funcs []*types.Func
	for _, f := range c.pass.Files {
		if passkit.IsTestFile(c.pass.Fset, f.Pos()) {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil {
				continue
			}
			if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
				funcs = append(funcs, fn)
			}
		}
	}
	for _, fn := range funcs {
		if fn.Exported() && len(c.scope.Uses(fn)) == 0 {
			o.members[fn] = true
		}
	}
	if len(o.members) == 0 {
		return
	}
	// Then, round by round, the functions whose every use is a call
	// that a member makes while it runs.
	for changed := true; changed; {
		changed = false
		for _, fn := range funcs {
			if o.members[fn] {
				continue
			}
			uses := c.scope.Uses(fn)
			callers := make([]*types.Func, 0, len(uses))
			for _, u := range uses {
				if e, _ := unparenCur(u).ParentEdge(); e != edge.CallExpr_Fun {
					callers = nil
					break
				}
				m := o.runAt(c.pass.TypesInfo, u)
				if m == fn {
					continue // a recursive call
				}
				if !o.members[m] {
					callers = nil
					break
				}
				callers = append(callers, m)
			}
			if len(callers) == 0 {
				continue
			}
			o.members[fn] = true
			changed = true
			for _, m := range callers {
				if m != fn && !slices.Contains(o.callees[m], fn) {
					o.callees[m] = append(o.callees[m], fn)
				}
			}
		}
	}
	for _, fn := range funcs {
		if o.members[fn] {
			o.order = append(o.order, fn)
		}
	}
	c.outputs = o
}

// memberAt returns the member whose run the node at cur is part of
// ([outputs.runAt]), or nil.
func (o *outputs) memberAt(info *types.Info, cur inspector.Cursor) *types.Func {
	if fn := o.runAt(info, cur); o.members[fn] {
		return fn
	}
	return nil
}

// runAt returns the package-level function whose run the node at cur is
// part of: the function declared around it, through function literals
// that are called at once, started as goroutines or deferred there; nil
// if none. A function literal handed to another function, stored or
// returned runs whenever that code calls it, on its behalf.
func (o *outputs) runAt(info *types.Info, cur inspector.Cursor) *types.Func {
	for e := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := e.Node().(type) {
		case *ast.FuncLit:
			if ed, _ := unparenCur(e).ParentEdge(); ed != edge.CallExpr_Fun {
				return nil
			}
		case *ast.FuncDecl:
			if n.Recv != nil {
				return nil
			}
			fn, _ := info.Defs[n.Name].(*types.Func)
			return fn
		}
	}
	return nil
}

// unparenCur returns the outermost parenthesis around the node at c.
func unparenCur(c inspector.Cursor) inspector.Cursor {
	for {
		if _, ok := c.Parent().Node().(*ast.ParenExpr); !ok {
			return c
		}
		c = c.Parent()
	}
}

// deferToCallers reports whether a print of the program's output at cur,
// made with print ("fmt.Printf", or a printer's name), is for the callers
// of the member around it to judge, and notes it for the member's fact;
// the caller reports it otherwise. Only a print that would be reported
// is: one that is silent where it is needs no fact.
func (c *checker) deferToCallers(cur inspector.Cursor, print string) bool {
	if c.outputs == nil || c.silenced(cur, CategoryRawPrint) {
		return false
	}
	m := c.outputs.memberAt(c.pass.TypesInfo, cur)
	if m == nil {
		return false
	}
	if c.outputs.prints[m] == "" {
		c.outputs.prints[m] = print
	}
	return true
}

// isOutput reports whether a call of key prints the program's output: a
// print of fmt to a standard stream, not a record of the log package.
func (c *checker) isOutput(call *ast.CallExpr, key string) bool {
	return slices.Contains(apis.FmtPrint, key) || slices.Contains(apis.FmtFprint, key) && len(call.Args) > 0 && apis.IsStdStream(c.pass.TypesInfo, call.Args[0])
}

// exportOutputs gives each exported member that prints, by itself or
// through the members it calls, the fact of a function whose output is
// its callers'.
func (c *checker) exportOutputs() {
	o := c.outputs
	if o == nil {
		return
	}
	var via func(fn *types.Func, seen map[*types.Func]bool) string
	via = func(fn *types.Func, seen map[*types.Func]bool) string {
		if p := o.prints[fn]; p != "" {
			return p
		}
		seen[fn] = true
		for _, callee := range o.callees[fn] {
			if !seen[callee] {
				if p := via(callee, seen); p != "" {
					return p
				}
			}
		}
		return ""
	}
	for _, fn := range o.order {
		if !fn.Exported() {
			continue
		}
		if p := via(fn, map[*types.Func]bool{}); p != "" {
			c.pass.ExportObjectFact(fn, &printerFact{Print: p, Output: true})
		}
	}
}
