package apis

import (
	"go/ast"
	"go/types"
)

// Standard library packages.
const (
	ContextPkg  = "context"
	HTTPPkg     = "net/http"
	HTTPTestPkg = "net/http/httptest"
	SQLPkg      = "database/sql"
	SyncPkg     = "sync"
)

// context.
const (
	ContextBackground    = ContextPkg + ".Background"
	ContextTODO          = ContextPkg + ".TODO"
	ContextWithoutCancel = ContextPkg + ".WithoutCancel"
	ContextWithValue     = ContextPkg + ".WithValue"
	ContextIface         = ContextPkg + ".Context"
)

// StringParts return a part of their first argument, or a copy of it
// with its case or its dots and slashes cleaned: what they are given
// takes as many values after as before (a path with its prefix cut).
var StringParts = append(funcs("strings", "TrimPrefix", "TrimSuffix", "CutPrefix", "CutSuffix", "TrimSpace",
	"Trim", "TrimLeft", "TrimRight", "ToLower", "ToUpper"), "path.Clean")

// ContextDerivers derive a new context from their first argument.
var ContextDerivers = append(funcs(ContextPkg, "WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause",
	"WithDeadline", "WithDeadlineCause", "WithValue", "WithoutCancel"), ErrgroupWithContext)

// ErrgroupWithContext derives the context of a group of goroutines, its
// second result, from its argument.
const ErrgroupWithContext = "golang.org/x/sync/errgroup.WithContext"

// time: a timer whose callback outlives its caller, and a ticker channel.
const (
	TimeAfterFunc = "time.AfterFunc"
	TimeTick      = "time.Tick"
)

// net: the host and port of an address, split.
const NetSplitHostPort = "net.SplitHostPort"

// sync: the wait that joins the goroutines of a WaitGroup.
const SyncWaitGroupWait = "(" + SyncPkg + ".WaitGroup).Wait"

// net/http.
const (
	HTTPRequest        = HTTPPkg + ".Request"
	HTTPClient         = HTTPPkg + ".Client"
	HTTPNewRequest     = HTTPPkg + ".NewRequest"
	HTTPNewRequestCtx  = HTTPPkg + ".NewRequestWithContext"
	HTTPRequestContext = "(" + HTTPRequest + ").Context"
	HTTPRequestWithCtx = "(" + HTTPRequest + ").WithContext"
	HTTPRequestClone   = "(" + HTTPRequest + ").Clone"
	HTTPTestNewRequest = HTTPTestPkg + ".NewRequest"
)

var (
	// HTTPNoCtxFuncs are the package-level helpers that always use context.Background.
	HTTPNoCtxFuncs = funcs(HTTPPkg, "Get", "Head", "Post", "PostForm")
	// HTTPClientNoCtx are the same methods of *http.Client.
	HTTPClientNoCtx = methods(HTTPClient, "Get", "Head", "Post", "PostForm")
	HTTPClientDo    = m(HTTPClient, "Do")
	// HTTPRequestSetters fill in a request (credentials, a cookie, a path
	// value) without sending or reading it.
	HTTPRequestSetters = methods(HTTPRequest, "SetBasicAuth", "AddCookie", "SetPathValue")
	// HTTPHandleFuncs register a handler.
	HTTPHandleFuncs = append(funcs(HTTPPkg, "HandleFunc", "Handle"), methods(HTTPPkg+".ServeMux", "HandleFunc", "Handle")...)
	HTTPHandlerFunc = HTTPPkg + ".HandlerFunc"
	// HTTPServeFuncs serve a handler given as their last argument (nil:
	// the DefaultServeMux); HTTPServer is the server type whose Handler
	// field holds the handler it serves.
	HTTPServeFuncs = funcs(HTTPPkg, "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS")
	HTTPServer     = HTTPPkg + ".Server"
	// HTTPServerHandlerField is the name of http.Server's field that
	// holds the handler it serves.
	HTTPServerHandlerField = "Handler"
)

// TimeTexts are the methods of time.Time that write it as text.
var TimeTexts = methods("time.Time", "Format", "String")

// IsHTTPDefaultServeMux reports whether e is net/http's DefaultServeMux.
func IsHTTPDefaultServeMux(info *types.Info, e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := info.Uses[sel.Sel].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == HTTPPkg && v.Parent() == v.Pkg().Scope() && v.Name() == "DefaultServeMux"
}

// SQLTwins maps a database/sql method without a context to its ...Context
// twin, for *DB, *Tx, *Conn and *Stmt.
var SQLTwins = map[string]string{}

func init() {
	pkgs(ContextPkg, HTTPPkg, HTTPTestPkg, SQLPkg, SyncPkg)
	def(ContextBackground, ContextTODO)
	def(ContextDerivers...)
	def(TimeAfterFunc, TimeTick, SyncWaitGroupWait, NetSplitHostPort)
	def(HTTPNewRequest, HTTPNewRequestCtx, HTTPRequestContext, HTTPRequestWithCtx, HTTPRequestClone, HTTPTestNewRequest, HTTPClientDo)
	def(HTTPNoCtxFuncs...)
	def(HTTPClientNoCtx...)
	def(HTTPRequestSetters...)
	def(HTTPHandleFuncs...)
	def(HTTPServeFuncs...)
	def(TimeTexts...)
	twins := map[string][]string{
		SQLPkg + ".DB":   {"Query", "QueryRow", "Exec", "Prepare", "Begin", "Ping"},
		SQLPkg + ".Tx":   {"Query", "QueryRow", "Exec", "Prepare", "Stmt"},
		SQLPkg + ".Conn": {}, // *sql.Conn only has ...Context methods
		SQLPkg + ".Stmt": {"Query", "QueryRow", "Exec"},
	}
	for typ, names := range twins {
		for _, n := range names {
			twin := n + "Context"
			if n == "Begin" {
				twin = "BeginTx"
			}
			SQLTwins[m(typ, n)] = m(typ, twin)
			def(m(typ, n), m(typ, twin))
		}
	}
	def(m(SyncPkg+".Once", "Do"), SyncPkg+".OnceFunc", SyncPkg+".OnceValue", SyncPkg+".OnceValues")
}

// HTTPResponseStatus is the field of an *http.Response holding the status
// code the server answered with.
const HTTPResponseStatus = HTTPPkg + ".Response.StatusCode"

// IsHTTPResponseStatus reports whether recv.field is [HTTPResponseStatus]:
// recv is net/http.Response or a pointer to it.
func IsHTTPResponseStatus(recv types.Type, field string) bool {
	k := TypeKey(recv)
	return k != "" && k+"."+field == HTTPResponseStatus
}
