package apis

import "go/types"

// net/url: a URL's user info (scheme://user:password@host) holds a
// credential in clear. String writes it whole; Redacted masks the
// password.
const (
	URLPkg             = "net/url"
	URLType            = URLPkg + ".URL"
	URLParse           = URLPkg + ".Parse"
	URLParseRequestURI = URLPkg + ".ParseRequestURI"
	URLString          = "(" + URLType + ").String"
	URLRedacted        = "(" + URLType + ").Redacted"
	URLEscapedPath     = "(" + URLType + ").EscapedPath"
	// HTTPProxyURL makes a Transport's Proxy function of a fixed proxy
	// URL, whose user info the transport sends as Proxy-Authorization.
	HTTPProxyURL = HTTPPkg + ".ProxyURL"
)

// URLParsers parse a URL from its text.
var URLParsers = []string{URLParse, URLParseRequestURI}

// URLTexts write a URL, or its path, as text: what the URL holds, no more.
var URLTexts = []string{URLString, URLRedacted, URLEscapedPath}

// IsURLType reports whether t is url.URL or a pointer to it.
func IsURLType(t types.Type) bool {
	return TypeKey(t) == URLType
}

// IsURLUserField reports whether obj is the User field of url.URL, the
// URL's user name and password.
func IsURLUserField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.IsField() && v.Name() == "User" && v.Pkg() != nil && v.Pkg().Path() == URLPkg
}

// IsProxyFunc reports whether sig is the type of http.Transport's Proxy
// field, func(*http.Request) (*url.URL, error): the URL such a function
// returns is the proxy's, user info and all.
func IsProxyFunc(sig *types.Signature) bool {
	if sig == nil || sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	return TypeKey(sig.Params().At(0).Type()) == HTTPRequest && isPointer(sig.Params().At(0).Type()) &&
		IsURLType(sig.Results().At(0).Type()) && isPointer(sig.Results().At(0).Type()) &&
		types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type())
}

// isPointer reports whether t is a pointer type.
func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

func init() {
	pkgs(URLPkg)
	def(URLParse, URLParseRequestURI, URLString, URLRedacted, URLEscapedPath, HTTPProxyURL)
}
