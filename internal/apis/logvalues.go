package apis

import (
	"go/types"
	"slices"
	"strings"
)

// What a logged value is, as the libraries say: a value read by its name,
// a body read whole, a type that decides how it is written.

// NamedLookups read a value by the constant name they are given, so that
// the constant says what the value holds: r.FormValue("email"),
// r.Header.Get("X-Api-Token"), os.Getenv("DB_PASSWORD").
var NamedLookups = []string{
	m(HTTPRequest, "FormValue"), m(HTTPRequest, "PostFormValue"), m(HTTPRequest, "PathValue"),
	m(HTTPPkg+".Header", "Get"), m("net/url.Values", "Get"),
	"os.Getenv", m(ContextIface, "Value"),
}

// IsNamedLookup reports whether fn is one of [NamedLookups].
func IsNamedLookup(fn *types.Func) bool {
	return slices.Contains(NamedLookups, RawKey(fn))
}

// BodyReaders read a whole stream, such as a request or response body,
// into memory.
var BodyReaders = []string{"io.ReadAll", "io/ioutil.ReadAll"}

// IsBodyReader reports whether fn is one of [BodyReaders].
func IsBodyReader(fn *types.Func) bool {
	return slices.Contains(BodyReaders, RawKey(fn))
}

// SelfLogging are the interface methods through which a value decides how
// fmt, encoding/json or a logger writes it: a type with one of them is not
// written field by field.
var SelfLogging = []string{
	m("fmt.Stringer", "String"), m("fmt.GoStringer", "GoString"), m("fmt.Formatter", "Format"), m("error", "Error"),
	m(SlogPkg+".LogValuer", "LogValue"), m(ZapcorePkg+".ObjectMarshaler", "MarshalLogObject"),
	m(ZerologPkg+".LogObjectMarshaler", "MarshalZerologObject"),
	m("encoding/json.Marshaler", "MarshalJSON"), m("encoding.TextMarshaler", "MarshalText"),
}

// SelfLoggingMethods returns the method names of [SelfLogging].
func SelfLoggingMethods() []string {
	out := make([]string, len(SelfLogging))
	for i, k := range SelfLogging {
		out[i] = k[strings.LastIndexByte(k, '.')+1:]
	}
	return out
}
