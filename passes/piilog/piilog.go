package piilog

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/constval"
	"github.com/otellint/otellint/internal/logscope"
	"github.com/otellint/otellint/internal/passkit"
	"github.com/otellint/otellint/internal/suppress"
)

//go:embed doc.go
var doc string

// The categories of the diagnostics of this pass, one per check.
const (
	CategoryPiiField   = "pii-field"
	CategoryPiiValue   = "pii-value"
	CategoryWholeBody  = "whole-body"
	CategoryPiiBaggage = "pii-baggage"
)

// Categories lists every check of the pass.
var Categories = []string{CategoryPiiField, CategoryPiiValue, CategoryWholeBody, CategoryPiiBaggage}

// Config configures the pass. Each option is a key of the golangci-lint
// plugin's piilog block and a flag -piilog.<name>.
type Config struct {
	Checks     passkit.Checks `json:"checks" help:"comma-separated list of the checks to run"`
	Keys       []string       `json:"keys" help:"comma-separated words to add to the personal and secret key list (iban, national id)"`
	IgnoreKeys []string       `json:"ignore-keys" help:"comma-separated words to remove from the default key list"`
}

// Validate checks that every key has a word to match.
func (c Config) Validate() error {
	for _, k := range slices.Concat(c.Keys, c.IgnoreKeys) {
		if len(constval.Words(k)) == 0 {
			return fmt.Errorf("key %q has no words", k)
		}
	}
	return nil
}

// Pass declares the piilog pass.
var Pass = passkit.Pass[Config]{
	Name:       "piilog",
	Doc:        doc,
	Categories: Categories,
	Default:    Config{Checks: passkit.Checks{CategoryPiiField, CategoryPiiValue, CategoryWholeBody, CategoryPiiBaggage}},
	Requires:   []*analysis.Analyzer{inspect.Analyzer, apis.Analyzer, suppress.Analyzer},
	// Every type is checked for nil: a package that does not type-check
	// (or whose dependencies do not) is analysed as far as it goes.
	RunDespiteErrors: true,
	Run:              run,
}

// Analyzer is the piilog analyzer with the default configuration.
var Analyzer = Pass.Analyzer()

// How the arguments of a recognised call are read.
type shape int

const (
	field     shape = iota + 1 // key, value: zap.String, slog.Any, e.Str, logrus.WithField
	kvPairs                    // key-value pairs from the variadic argument on: Infow, slog.Info
	group                      // slog.Group(key, kv pairs...)
	format                     // printf format before the variadic argument
	printArgs                  // every variadic argument is a value: log.Print, sugar.Info
	msg                        // the message before the variadic fields: logger.Info(msg, fields...)
	member                     // baggage.NewMember(key, value)
	stdStream                  // fmt.Fprint* to os.Stdout or os.Stderr: print or format after the writer
)

// site describes a recognised call.
type site struct {
	shape shape
	// whole is true when a field's value is written whole by reflection
	// or %v (zap.Any, slog.Any, e.Interface, logrus.WithField).
	whole bool
}

var sites = map[string]site{}

func init() {
	add := func(s site, keys ...string) {
		for _, k := range keys {
			sites[k] = s
		}
	}
	suffixOf := func(k string) string { return k[strings.LastIndexByte(k, '.')+1:] }
	// zap.
	for _, k := range apis.ZapFieldFuncs {
		switch suffixOf(k) {
		case "Any", "Reflect":
			add(site{shape: field, whole: true}, k)
		default:
			add(site{shape: field}, k)
		}
	}
	sugar := append(slices.Clone(apis.ZapSugarLog), apis.OtelzapWithCtxLog...)
	sugar = append(sugar, apis.OtelzapSugarContextLog...)
	sugar = append(sugar, apis.ZapSugarW...)
	for _, k := range sugar {
		name := strings.TrimSuffix(suffixOf(k), "Context")
		switch {
		case strings.HasPrefix(k, "("+apis.OtelzapPkg+".LoggerWithCtx)"):
			add(site{shape: msg}, k)
		case strings.HasSuffix(name, "w") || name == "With":
			add(site{shape: kvPairs, whole: true}, k)
		case strings.HasSuffix(name, "f"):
			add(site{shape: format}, k)
		default:
			add(site{shape: printArgs}, k)
		}
	}
	add(site{shape: msg}, apis.ZapLoggerLog...)
	add(site{shape: msg}, apis.OtelzapContextLog...)
	// slog.
	for _, k := range append(slices.Clone(apis.SlogFuncs), apis.SlogLoggerMeth...) {
		switch suffixOf(k) {
		case "LogAttrs", "WithGroup":
			add(site{shape: msg}, k)
		default:
			add(site{shape: kvPairs, whole: true}, k)
		}
	}
	add(site{shape: kvPairs, whole: true}, apis.SlogPkg+".With")
	for _, k := range apis.SlogAttrFuncs {
		switch suffixOf(k) {
		case "Any":
			add(site{shape: field, whole: true}, k)
		case "Group":
			add(site{shape: group, whole: true}, k)
		default:
			add(site{shape: field}, k)
		}
	}
	// logrus.
	add(site{shape: field, whole: true}, apis.LogrusWithField...)
	for _, k := range append(append(slices.Clone(apis.LogrusFuncs), apis.LogrusLoggerLog...), apis.LogrusEntryLog...) {
		if strings.HasSuffix(suffixOf(k), "f") {
			add(site{shape: format}, k)
		} else {
			add(site{shape: printArgs}, k)
		}
	}
	// zerolog.
	for _, k := range append(slices.Clone(apis.ZerologFieldMethods), apis.ZerologContextFields...) {
		switch suffixOf(k) {
		case "Interface", "Any":
			add(site{shape: field, whole: true}, k)
		case "Object":
			// The value marshals itself.
		default:
			add(site{shape: field}, k)
		}
	}
	add(site{shape: msg}, "("+apis.ZerologEvt+").Msg")
	add(site{shape: format}, "("+apis.ZerologEvt+").Msgf")
	for _, k := range append(slices.Clone(apis.ZerologLevels), apis.ZerologLogFuncs...) {
		switch suffixOf(k) {
		case "Print":
			add(site{shape: printArgs}, k)
		case "Printf":
			add(site{shape: format}, k)
		}
	}
	// The standard library.
	for _, k := range append(append(slices.Clone(apis.StdLogFuncs), apis.StdLoggerMeth...), apis.FmtPrint...) {
		if strings.HasSuffix(k, "f") {
			add(site{shape: format}, k)
		} else {
			add(site{shape: printArgs}, k)
		}
	}
	add(site{shape: stdStream}, apis.FmtFprint...)
	// Baggage.
	add(site{shape: member}, apis.BaggageNewMember, apis.BaggageNewMemberRaw, apis.BaggagePkg+".NewKeyValueProperty")
}

type checker struct {
	pass   *analysis.Pass
	cfg    *Config
	idx    *apis.Index
	m      *matcher
	report func(analysis.Diagnostic)
	// bodies are the variables that hold a request or response body read
	// whole (b, err := io.ReadAll(r.Body)), with "request" or "response".
	bodies map[types.Object]string
	// structs and allStructs memoise the personal fields of struct
	// types, written by reflection and declared, respectively.
	structs, allStructs map[types.Type][]string
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	idx := pass.ResultOf[apis.Analyzer].(*apis.Index)
	if !idx.ImportsAny(apis.ZapPkg, apis.SlogPkg, apis.LogrusPkg, apis.ZerologPkg, apis.StdLogPkg, apis.FmtPkg, apis.OtelzapPkg, apis.BaggagePkg) {
		return nil, nil // no logger and no baggage
	}
	c := &checker{
		pass:       pass,
		cfg:        cfg,
		idx:        idx,
		m:          newMatcher(cfg.Keys, cfg.IgnoreKeys),
		report:     suppress.Reporter(pass),
		bodies:     map[types.Object]string{},
		structs:    map[types.Type][]string{},
		allStructs: map[types.Type][]string{},
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	// The personal data of tests is made up: test files are skipped.
	for fileCur := range passkit.NonTestFiles(pass, ins) {
		for cur := range fileCur.Preorder((*ast.CallExpr)(nil), (*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
			switch n := cur.Node().(type) {
			case *ast.AssignStmt, *ast.ValueSpec:
				c.noteBodies(passkit.Assignment(n))
			case *ast.CompositeLit:
				c.compositeLit(n)
			case *ast.CallExpr:
				if _, ok := sites[idx.Key(n)]; !ok || logscope.TestHelper(pass.TypesInfo, cur) {
					continue // a test helper's data is made up
				}
				c.call(cur, n)
			}
		}
	}
	return nil, nil
}

func (c *checker) enabled(cat string) bool { return c.cfg.Checks.On(cat) }

// noteBodies records the variables that hold a whole body:
//
//	body, err := io.ReadAll(r.Body)
func (c *checker) noteBodies(lhs, rhs []ast.Expr) {
	if len(rhs) != 1 || len(lhs) == 0 {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Name() != "ReadAll" || fn.Pkg() == nil || (fn.Pkg().Path() != "io" && fn.Pkg().Path() != "io/ioutil") {
		return
	}
	kind := ""
	ast.Inspect(call.Args[0], func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Body" || kind != "" {
			return kind == ""
		}
		if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil {
			switch {
			case isHTTPType(t, "Request"):
				kind = "request"
			case isHTTPType(t, "Response"):
				kind = "response"
			}
		}
		return true
	})
	if kind == "" {
		return
	}
	if id, ok := lhs[0].(*ast.Ident); ok {
		if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil {
			c.bodies[obj] = kind
		}
	}
}

// isHTTPType reports whether t is net/http.<name> or a pointer to it.
func isHTTPType(t types.Type, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == name
}

// compositeLit checks the pairs of a logrus.Fields literal:
//
//	logrus.Fields{"email": u.Email}
func (c *checker) compositeLit(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != apis.LogrusPkg || n.Obj().Name() != "Fields" {
		return
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			c.pair(kv.Key, kv.Value, true)
		}
	}
}

// call dispatches a recognised call on its shape.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	key := c.idx.Key(call)
	s, ok := sites[key]
	if !ok {
		return
	}
	args := call.Args
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil {
		return
	}
	// vi is the index of the variadic parameter, or -1.
	vi := -1
	if sig.Variadic() {
		vi = sig.Params().Len() - 1
	}
	spread := call.Ellipsis.IsValid() // f(args...): the elements are unknown
	if p := apis.KeyPackage(key); (p == apis.FmtPkg || p == apis.StdLogPkg) && logscope.CommandFunc(c.pass.TypesInfo, cur) {
		return // a command's output, not a log
	}
	switch s.shape {
	case field:
		if len(args) >= 2 {
			c.pair(args[0], args[1], s.whole)
		}
	case group:
		if len(args) >= 1 {
			c.pair(args[0], nil, false)
			if !spread {
				c.pairs(args[1:], s.whole)
			}
		}
	case kvPairs:
		if vi < 0 || len(args) < vi {
			return
		}
		for _, a := range args[:vi] {
			c.lone(a, false) // the message
		}
		if !spread {
			c.pairs(args[vi:], s.whole)
		}
	case msg:
		if vi > 0 && vi <= len(args) {
			c.lone(args[vi-1], false)
		} else if vi < 0 && len(args) > 0 {
			c.lone(args[len(args)-1], false)
		}
	case printArgs:
		if vi < 0 || spread {
			return
		}
		for _, a := range args[vi:] {
			c.lone(a, true)
		}
	case format:
		if vi < 1 || len(args) < vi {
			return
		}
		c.format(args[vi-1], args[vi:], spread)
	case stdStream:
		if len(args) == 0 || !apis.IsStdStream(c.pass.TypesInfo, args[0]) {
			return // output, not logging
		}
		if strings.HasSuffix(key, "f") {
			if len(args) >= 2 {
				c.format(args[1], args[2:], spread)
			}
		} else if !spread {
			for _, a := range args[1:] {
				c.lone(a, true)
			}
		}
	case member:
		if len(args) >= 2 {
			c.member(args[0], args[1])
		}
	}
}

// pairs checks alternating keys and values. A zap.Field or slog.Attr
// stands alone (its constructor is checked as a call); a key that is not
// a string is slog's !BADKEY and stands alone too.
func (c *checker) pairs(args []ast.Expr, whole bool) {
	for i := 0; i < len(args); i++ {
		t := c.pass.TypesInfo.TypeOf(args[i])
		if t == nil {
			return
		}
		if isNamedType(t, apis.ZapcorePkg, "Field") || isNamedType(t, apis.SlogPkg, "Attr") {
			continue
		}
		b, ok := t.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsString == 0 {
			c.lone(args[i], whole)
			continue
		}
		var v ast.Expr
		if i+1 < len(args) {
			v = args[i+1]
		}
		c.pair(args[i], v, whole)
		i++
	}
}

func isNamedType(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == path && n.Obj().Name() == name
}

// pair checks a key and its value. A key that names personal or secret
// data is pii-field unless the value is safe; otherwise the value is
// checked on its own.
func (c *checker) pair(keyExpr, value ast.Expr, whole bool) {
	if key, ok := constval.String(c.pass.TypesInfo, keyExpr); ok {
		personal := value != nil && c.fromPersonalStruct(value)
		if e, ok := c.m.match(key, personal); ok {
			if value != nil && c.safe(value) {
				return
			}
			if c.enabled(CategoryPiiField) {
				c.report(analysis.Diagnostic{
					Pos:      keyExpr.Pos(),
					End:      keyExpr.End(),
					Category: CategoryPiiField,
					Message:  fieldMessage("log key", key, e),
				})
			}
			return
		}
		if c.m.mentions(key) {
			return // phone_verified, email_hash: the key says what the value is
		}
	}
	if value != nil {
		c.lone(value, whole)
	}
}

// fieldMessage says what a key names and what to do.
func fieldMessage(what, key string, e entry) string {
	base := strings.Join(constval.Words(key), "_")
	if e.secret {
		return fmt.Sprintf("%s %q names a secret (%s) that would be written in plain text; drop the field, or log whether it is set", what, key, e.text)
	}
	return fmt.Sprintf("%s %q names personal data (%s) that would be written in plain text; log a masked or hashed value under %s_masked or %s_hash, or drop it", what, key, e.text, base, base)
}

// lone checks a value logged without a key of its own, or under a
// neutral key: a body read whole, a request or personal struct written
// whole (when whole is set), a name that says personal data, a literal
// shaped like personal data.
func (c *checker) lone(value ast.Expr, whole bool) {
	value = ast.Unparen(value)
	if kind, ok := c.body(value); ok {
		c.wholeBody(value, "the whole "+kind+" body read by io.ReadAll, which holds whatever the other side sent; log the fields you need, masked")
		return
	}
	t := c.pass.TypesInfo.TypeOf(value)
	if t == nil || safeType(t) {
		return
	}
	if whole {
		if isHTTPType(t, "Request") {
			c.wholeBody(value, "the whole *http.Request, with its headers (Authorization, Cookie), query and form; log the method, route and the fields you need")
			return
		}
		if fields := c.personalFields(t); len(fields) > 0 {
			c.wholeBody(value, fmt.Sprintf("the whole %s with its personal fields (%s); log the fields you need, masked, or give the type a LogValue or MarshalLogObject method",
				types.TypeString(t, types.RelativeTo(c.pass.Pkg)), strings.Join(fields, ", ")))
			return
		}
	}
	if s, ok := constval.String(c.pass.TypesInfo, value); ok {
		if shape := literalShape(s); shape != "" && c.enabled(CategoryPiiValue) {
			c.report(analysis.Diagnostic{
				Pos:      value.Pos(),
				End:      value.End(),
				Category: CategoryPiiValue,
				Message:  fmt.Sprintf("logged value looks like %s; mask it, hash it or leave it out", shape),
			})
		}
		return
	}
	if c.tv(value).Value != nil || c.maskedValue(value) {
		return
	}
	name, personal := c.valueName(value)
	if name == "" {
		return
	}
	if e, ok := c.m.match(name, personal); ok && c.enabled(CategoryPiiValue) {
		c.report(analysis.Diagnostic{
			Pos:      value.Pos(),
			End:      value.End(),
			Category: CategoryPiiValue,
			Message:  valueMessage(types.ExprString(value), e),
		})
	}
}

func valueMessage(expr string, e entry) string {
	if e.secret {
		return fmt.Sprintf("%s holds a secret (%s) that would be written in plain text; drop it, or log whether it is set", expr, e.text)
	}
	return fmt.Sprintf("%s holds personal data (%s) that would be written in plain text; log a masked or hashed value instead", expr, e.text)
}

func (c *checker) wholeBody(value ast.Expr, what string) {
	if !c.enabled(CategoryWholeBody) {
		return
	}
	c.report(analysis.Diagnostic{
		Pos:      value.Pos(),
		End:      value.End(),
		Category: CategoryWholeBody,
		Message:  "logs " + what,
	})
}

func (c *checker) tv(e ast.Expr) types.TypeAndValue {
	return c.pass.TypesInfo.Types[e]
}

// safe reports whether a value under a personal key is not the data
// itself: a boolean, a number, a time, a constant that does not look like
// personal data, nil, or a value that a masking function produced or
// whose name says it is masked.
func (c *checker) safe(value ast.Expr) bool {
	value = ast.Unparen(value)
	tv := c.tv(value)
	if tv.Type == nil {
		return true // cannot tell: stay silent
	}
	if tv.IsNil() || safeType(tv.Type) {
		return true
	}
	if s, ok := constval.String(c.pass.TypesInfo, value); ok {
		return literalShape(s) == ""
	}
	if tv.Value != nil {
		return true
	}
	if c.maskedValue(value) {
		return true
	}
	if name, personal := c.valueName(value); name != "" && (masked(name) || c.m.mentions(name) && !c.matches(name, personal)) {
		return true // phoneHash, cfg.SecretName: masked or metadata
	}
	return false
}

func (c *checker) matches(name string, personal bool) bool {
	_, ok := c.m.match(name, personal)
	return ok
}

// safeType reports whether values of t cannot be the personal data:
// booleans, numbers, time.Time and time.Duration.
func safeType(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if isNamedType(t, "time", "Time") || isNamedType(t, "time", "Duration") {
		return true
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsNumeric) != 0
}

// maskedValue reports whether value is produced by a masking function:
// one whose name says hash, mask, redact, anonymize... or a function of
// the crypto and hash packages.
func (c *checker) maskedValue(value ast.Expr) bool {
	found := false
	ast.Inspect(value, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		var name string
		switch f := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			name = f.Name
		case *ast.SelectorExpr:
			name = f.Sel.Name
		case *ast.IndexExpr:
			if id, ok := f.X.(*ast.Ident); ok {
				name = id.Name
			}
		}
		if name != "" && masked(name) {
			found = true
			return false
		}
		if fn := apis.Callee(c.pass.TypesInfo, call); fn != nil && fn.Pkg() != nil {
			p := fn.Pkg().Path()
			if strings.HasPrefix(p, "crypto/") || strings.HasPrefix(p, "hash/") || p == "hash" {
				found = true
				return false
			}
		}
		return true
	})
	return found
}

// valueName returns the name that says what a value holds, and whether
// it is a field of a struct that holds other personal data (which makes
// an address personal):
//
//	phone              -> "phone"
//	user.Email         -> "Email"
//	req.GetPassword()  -> "GetPassword"
//	string(u.Phone)    -> "Phone"
//	r.FormValue("email"), os.Getenv("API_TOKEN") -> the constant
func (c *checker) valueName(value ast.Expr) (string, bool) {
	for {
		switch v := ast.Unparen(value).(type) {
		case *ast.StarExpr:
			value = v.X
			continue
		case *ast.UnaryExpr:
			if v.Op != token.AND {
				return "", false
			}
			value = v.X
			continue
		case *ast.Ident:
			if _, ok := c.pass.TypesInfo.Uses[v].(*types.Var); ok {
				return v.Name, false
			}
			return "", false
		case *ast.SelectorExpr:
			sel := c.pass.TypesInfo.Selections[v]
			if sel != nil && sel.Kind() == types.FieldVal {
				return v.Sel.Name, c.otherPersonalFields(sel.Recv(), v.Sel.Name)
			}
			if sel == nil {
				// A package-level variable: pkg.Var.
				if _, ok := c.pass.TypesInfo.Uses[v.Sel].(*types.Var); ok {
					return v.Sel.Name, false
				}
			}
			return "", false
		case *ast.CallExpr:
			if tv := c.tv(v.Fun); tv.IsType() && len(v.Args) == 1 {
				value = v.Args[0] // a conversion
				continue
			}
			sel, ok := ast.Unparen(v.Fun).(*ast.SelectorExpr)
			if !ok {
				return "", false
			}
			switch {
			case len(v.Args) == 0 && c.pass.TypesInfo.Selections[sel] != nil:
				// A getter: req.GetPassword(), u.Email().
				s := c.pass.TypesInfo.Selections[sel]
				return sel.Sel.Name, s.Kind() == types.MethodVal && c.otherPersonalFields(s.Recv(), "")
			case len(v.Args) == 1 && lookupFuncs[sel.Sel.Name]:
				if s, ok := constval.String(c.pass.TypesInfo, v.Args[0]); ok {
					return s, false
				}
			}
			return "", false
		default:
			return "", false
		}
	}
}

// lookupFuncs read a named value: r.FormValue("email"),
// r.Header.Get("X-Api-Token"), os.Getenv("DB_PASSWORD").
var lookupFuncs = map[string]bool{
	"Get": true, "FormValue": true, "PostFormValue": true, "Getenv": true, "GetString": true,
	"Query": true, "Param": true, "PostForm": true, "GetHeader": true, "Value": true,
}

// fromPersonalStruct reports whether value is a field of a struct that
// holds other personal data (u.Address of a User with a Phone).
func (c *checker) fromPersonalStruct(value ast.Expr) bool {
	_, personal := c.valueName(value)
	return personal
}

// otherPersonalFields reports whether the struct type t (or what it
// points to) has a personal field other than the one named except.
func (c *checker) otherPersonalFields(t types.Type, except string) bool {
	for _, f := range c.declaredPersonalFields(t) {
		if f != except {
			return true
		}
	}
	return false
}

// personalFields returns the names of the fields of t (a struct, a
// pointer to one, or a slice, array or map of them) that name personal or
// secret data and would be written by reflection: exported, not tagged
// json:"-". A type that controls its own logging (String, Format, Error,
// LogValue, MarshalLogObject, MarshalJSON, MarshalZerologObject) has none.
func (c *checker) personalFields(t types.Type) []string {
	return c.fields(t, true)
}

// declaredPersonalFields is like personalFields but ignores the methods
// through which a type logs itself: it says whether the type holds
// personal data.
func (c *checker) declaredPersonalFields(t types.Type) []string {
	return c.fields(t, false)
}

func (c *checker) fields(t types.Type, reflected bool) []string {
	if t == nil {
		return nil
	}
	memo := c.allStructs
	if reflected {
		memo = c.structs
	}
	if fs, ok := memo[t]; ok {
		return fs
	}
	memo[t] = nil // cycles
	fs := c.computePersonalFields(t, reflected)
	memo[t] = fs
	return fs
}

var selfLogging = []string{"String", "Format", "Error", "LogValue", "MarshalLogObject", "MarshalJSON", "MarshalText", "MarshalZerologObject", "GoString"}

func (c *checker) computePersonalFields(t types.Type, reflected bool) []string {
	t = types.Unalias(t)
	switch u := t.(type) {
	case *types.Pointer:
		return c.fields(u.Elem(), reflected)
	case *types.Slice:
		return c.fields(u.Elem(), reflected)
	case *types.Array:
		return c.fields(u.Elem(), reflected)
	case *types.Map:
		return c.fields(u.Elem(), reflected)
	}
	if n, ok := t.(*types.Named); ok && reflected {
		ms := types.NewMethodSet(types.NewPointer(n))
		for _, name := range selfLogging {
			if ms.Lookup(n.Obj().Pkg(), name) != nil {
				return nil
			}
		}
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if reflected && (!f.Exported() || reflect.StructTag(st.Tag(i)).Get("json") == "-") {
			continue
		}
		if f.Embedded() {
			out = append(out, c.fields(f.Type(), reflected)...)
			continue
		}
		if safeType(f.Type()) {
			continue
		}
		if e, ok := c.m.match(f.Name(), false); ok && !e.addr {
			out = append(out, f.Name())
		}
	}
	return out
}

// body reports whether value is a body read whole, or a conversion of
// one: body, string(body).
func (c *checker) body(value ast.Expr) (string, bool) {
	for {
		switch v := ast.Unparen(value).(type) {
		case *ast.CallExpr:
			if tv := c.tv(v.Fun); tv.IsType() && len(v.Args) == 1 {
				value = v.Args[0]
				continue
			}
			return "", false
		case *ast.Ident:
			obj := c.pass.TypesInfo.Uses[v]
			if obj == nil {
				return "", false
			}
			kind, ok := c.bodies[obj]
			return kind, ok
		default:
			return "", false
		}
	}
}

// format checks a printf format and its operands: a key written before a
// verb ("phone=%s") is a log key; each operand is a value, written whole
// by %v.
func (c *checker) format(fmtExpr ast.Expr, args []ast.Expr, spread bool) {
	f, ok := constval.String(c.pass.TypesInfo, fmtExpr)
	if !ok {
		return
	}
	verbs, ok := parseFormat(f)
	if !ok {
		return
	}
	for _, v := range verbs {
		if v.verb == 'T' || v.verb == 'p' {
			continue // the type or address of a secret is not the secret
		}
		var value ast.Expr
		if !spread && v.arg < len(args) {
			value = args[v.arg]
		}
		if value == nil {
			continue
		}
		if v.key != "" {
			personal := c.fromPersonalStruct(value)
			if e, ok := c.m.match(v.key, personal); ok {
				if c.safe(value) {
					continue
				}
				if c.enabled(CategoryPiiField) {
					pos, end := c.keyRange(fmtExpr, f, v)
					c.report(analysis.Diagnostic{
						Pos:      pos,
						End:      end,
						Category: CategoryPiiField,
						Message:  fieldMessage("format key", v.key, e),
					})
				}
				continue
			}
			if c.m.mentions(v.key) {
				continue // "password_len=%d": the key says what the value is
			}
		}
		c.lone(value, v.verb == 'v' || v.verb == 's')
	}
}

// keyRange returns the range of a key inside a format literal, or the
// literal's range when the key cannot be placed (escapes before it).
func (c *checker) keyRange(fmtExpr ast.Expr, f string, v verb) (token.Pos, token.Pos) {
	lit, ok := ast.Unparen(fmtExpr).(*ast.BasicLit)
	if ok && lit.Kind == token.STRING && len(lit.Value) > 1 {
		raw := lit.Value[1 : len(lit.Value)-1]
		if s, err := strconv.Unquote(lit.Value); err == nil && s == f && strings.HasPrefix(raw[min(v.start, len(raw)):], v.key) &&
			!strings.Contains(raw[:min(v.start, len(raw))], `\`) {
			pos := lit.Pos() + 1 + token.Pos(v.start)
			return pos, pos + token.Pos(len(v.key))
		}
	}
	return fmtExpr.Pos(), fmtExpr.End()
}

// member checks a baggage member or property: its key and value travel in
// headers to every downstream service.
func (c *checker) member(keyExpr, value ast.Expr) {
	if !c.enabled(CategoryPiiBaggage) {
		return
	}
	if key, ok := constval.String(c.pass.TypesInfo, keyExpr); ok {
		if e, ok := c.m.match(key, c.fromPersonalStruct(value)); ok {
			if !c.safe(value) {
				c.report(analysis.Diagnostic{
					Pos:      keyExpr.Pos(),
					End:      keyExpr.End(),
					Category: CategoryPiiBaggage,
					Message:  fmt.Sprintf("baggage key %q carries %s (%s) in headers to every downstream service; keep it in a span attribute or pass an opaque id", key, kindOf(e), e.text),
				})
			}
			return
		}
		if c.m.mentions(key) {
			return // phone.verified: the key says what the value is
		}
	}
	if c.safe(value) {
		return
	}
	if name, personal := c.valueName(value); name != "" {
		if e, ok := c.m.match(name, personal); ok {
			c.report(analysis.Diagnostic{
				Pos:      value.Pos(),
				End:      value.End(),
				Category: CategoryPiiBaggage,
				Message:  fmt.Sprintf("baggage value %s carries %s (%s) in headers to every downstream service; keep it in a span attribute or pass an opaque id", types.ExprString(value), kindOf(e), e.text),
			})
		}
	}
}

func kindOf(e entry) string {
	if e.secret {
		return "a secret"
	}
	return "personal data"
}
