package piilog

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"

	"github.com/otellint/otellint/internal/apis"
	"github.com/otellint/otellint/internal/astx"
)

// What a whole body or payload came from: the request of a handler, the
// response of a client call, a message consumed from a queue.
const (
	fromRequest  = "request"
	fromResponse = "response"
	fromMessage  = "message"
	fromClaims   = "claims"
)

// noteAssign records what the variables of an assignment hold: a whole
// body, a payload, a stream decoder of one, and, for a variable given one
// value, that value (see [checker.valueName]):
//
//	body, err := io.ReadAll(r.Body)
//	payload := string(d.Body)
//	dec := json.NewDecoder(resp.Body)
//	auth := r.Header.Get("Authorization")
func (c *checker) noteAssign(lhs, rhs []ast.Expr) {
	c.noteInits(lhs, rhs)
	if len(rhs) != 1 || len(lhs) == 0 {
		return
	}
	obj := c.objectOf(lhs[0])
	if obj == nil {
		return
	}
	if kind, ok := c.body(rhs[0]); ok {
		c.bodies[obj] = kind // a copy of a payload
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return
	}
	fn := apis.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	if apis.IsEncoder(fn) {
		if kind := c.wholeKind(call.Args[0]); kind != "" {
			c.encoded[obj] = kind // claimsJSON, _ := json.Marshal(claims)
		}
		return
	}
	if apis.IsRequestDump(fn) {
		c.bodies[obj] = fromDump // dump, _ := httputil.DumpRequest(r, true)
		return
	}
	if len(call.Args) != 1 {
		return
	}
	switch key := apis.RawKey(fn); {
	case slices.Contains(apis.BodyReaders, key): // apis.IsBodyReader, with the key built once
		if kind := c.readerKind(call.Args[0]); kind != "" {
			c.bodies[obj] = kind
		}
	case slices.Contains(apis.DecoderMakers, key):
		if kind := c.readerKind(call.Args[0]); kind != "" {
			c.decoders[obj] = kind
		}
	}
}

// wholeKind returns what a value written whole holds, when it is one that
// piilog reports so: a body or payload read whole, a value decoded from
// one, or the claims of an identity token; "" otherwise.
func (c *checker) wholeKind(value ast.Expr) string {
	if kind, ok := c.body(value); ok {
		return kind
	}
	if kind := c.decodedBody(value); kind != "" {
		return kind
	}
	if t := c.pass.TypesInfo.TypeOf(value); t != nil && apis.IsClaimsType(t) {
		return fromClaims
	}
	return ""
}

// encodedBody returns what value holds when it is the text an encoder
// wrote of a whole body, decoded value or claims (see [checker.wholeKind]),
// or a conversion of it: claimsJSON, string(claimsJSON).
func (c *checker) encodedBody(value ast.Expr) string {
	if id, ok := astx.Unconvert(c.pass.TypesInfo, value).(*ast.Ident); ok {
		if obj := c.pass.TypesInfo.Uses[id]; obj != nil {
			return c.encoded[obj]
		}
	}
	return ""
}

// noteInits records the value of each variable given one by a definition
// or an assignment (the first result of a call giving several), and
// forgets a variable given a second one.
func (c *checker) noteInits(lhs, rhs []ast.Expr) {
	for i, l := range lhs {
		var v ast.Expr
		switch {
		case len(rhs) == len(lhs):
			v = rhs[i]
		case len(rhs) == 1 && i == 0:
			if _, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
				v = rhs[0]
			}
		}
		obj, ok := c.objectOf(l).(*types.Var)
		if !ok {
			continue
		}
		if _, seen := c.inits[obj]; seen || v == nil {
			c.inits[obj] = nil // given twice, or a value that cannot be read
			continue
		}
		c.inits[obj] = v
	}
}

// decodeNames holds the names of the functions of [apis.Decoders] and
// [apis.StreamDecoders]: a call of any other name decodes nothing.
var decodeNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, k := range slices.Concat(apis.Decoders, apis.StreamDecoders) {
		m[k[strings.LastIndexByte(k, '.')+1:]] = true
	}
	return m
})

// noteDecode records the variable a call decodes a whole body or payload
// into:
//
//	json.Unmarshal(body, &req)
//	json.NewDecoder(r.Body).Decode(&req)
//	dec.Decode(&out)                 (dec := json.NewDecoder(resp.Body))
func (c *checker) noteDecode(call *ast.CallExpr, fn *types.Func) {
	if len(call.Args) == 1 && apis.IsClaimsDecoder(fn) {
		c.noteTarget(call.Args[0], fromClaims) // idToken.Claims(&claims)
		return
	}
	if fn == nil || !decodeNames()[fn.Name()] {
		return // not a decoder: its key need not be built
	}
	var kind string
	var target ast.Expr
	switch key := apis.RawKey(fn); {
	case slices.Contains(apis.Decoders, key) && len(call.Args) == 2:
		kind, _ = c.body(call.Args[0])
		if kind == "" {
			kind = c.readerKind(call.Args[0]) // json.Unmarshal(d.Body, &ev)
		}
		target = call.Args[1]
	case slices.Contains(apis.StreamDecoders, key) && len(call.Args) == 1:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return
		}
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.CallExpr: // json.NewDecoder(r.Body).Decode(&req)
			if mk := apis.Callee(c.pass.TypesInfo, x); mk != nil && apis.RawKeyIn(mk, apis.DecoderMakers) && len(x.Args) == 1 {
				kind = c.readerKind(x.Args[0])
			}
		case *ast.Ident:
			if obj := c.pass.TypesInfo.Uses[x]; obj != nil {
				kind = c.decoders[obj]
			}
		}
		target = call.Args[0]
	}
	if kind != "" {
		c.noteTarget(target, kind)
	}
}

// noteTarget records that the variable target points to (&req) or is
// was decoded from a whole value of the given kind.
func (c *checker) noteTarget(target ast.Expr, kind string) {
	if u, ok := ast.Unparen(target).(*ast.UnaryExpr); ok && u.Op == token.AND {
		target = u.X
	}
	if obj := c.objectOf(target); obj != nil {
		c.decoded[obj] = kind
	}
}

// readerKind returns what a reader of a whole body reads: a request or
// response body (r.Body, resp.Body, a reader made from one) or a message
// payload (bytes.NewReader(d.Body)); "" for anything else.
func (c *checker) readerKind(e ast.Expr) string {
	kind := ""
	ast.Inspect(e, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || kind != "" {
			return kind == ""
		}
		if k := c.payloadField(sel); k != "" {
			kind = k
			return false
		}
		if sel.Sel.Name != "Body" {
			return true
		}
		if t := c.pass.TypesInfo.TypeOf(sel.X); t != nil {
			switch {
			case isHTTPType(t, "Request"):
				kind = fromRequest
			case isHTTPType(t, "Response"):
				kind = fromResponse
			}
		}
		return true
	})
	return kind
}

// payloadField returns fromMessage when sel selects the payload of a
// consumed message (d.Body of an amqp091.Delivery, m.Data of a nats.Msg,
// msg.Value of a sarama.ConsumerMessage), and "" otherwise.
func (c *checker) payloadField(sel *ast.SelectorExpr) string {
	s := c.pass.TypesInfo.Selections[sel]
	if s != nil && s.Kind() == types.FieldVal && apis.IsMessagePayload(s.Recv(), sel.Sel.Name) {
		return fromMessage
	}
	return ""
}

// body reports what value holds when it is a whole body or payload, or a
// conversion of one: body, string(body), d.Body, string(m.Data); or a
// whole configuration (ko.All(), a variable given it) or one of its
// values ranged over (see [checker.noteRange]).
func (c *checker) body(value ast.Expr) (string, bool) {
	switch v := astx.Unconvert(c.pass.TypesInfo, value).(type) {
	case *ast.SelectorExpr:
		kind := c.payloadField(v)
		return kind, kind != ""
	case *ast.CallExpr:
		if c.configDump(v) {
			return fromConfig, true // ko.All(), v.AllSettings()
		}
		if kind := c.calledWhole(v); kind != "" {
			return kind, true // dumpRequest(r), extractArgs(req)
		}
		if kind := c.builtText(v); kind != "" {
			return kind, true // buf.String(), buf written a dump
		}
	case *ast.Ident:
		obj := c.pass.TypesInfo.Uses[v]
		if obj == nil {
			return "", false
		}
		kind, ok := c.bodies[obj]
		return kind, ok
	}
	return "", false
}

// decodedBody returns what value was decoded from, when it is a variable
// given a whole body or payload by a decoder (see [checker.noteDecode]),
// or a pointer to one or what one points to. A response decoded into a
// closed struct (see [checker.closedStruct]) is not one: it holds only
// the fields its type declares, none of them personal, while a request
// holds what the service's users submitted and a message what its
// producer sent, whatever the type.
func (c *checker) decodedBody(value ast.Expr) string {
	switch v := ast.Unparen(value).(type) {
	case *ast.UnaryExpr:
		if v.Op == token.AND {
			return c.decodedBody(v.X)
		}
	case *ast.StarExpr:
		return c.decodedBody(v.X)
	case *ast.Ident:
		if obj := c.pass.TypesInfo.Uses[v]; obj != nil {
			kind := c.decoded[obj]
			if kind == fromResponse && c.closedStruct(obj.Type()) {
				return ""
			}
			return kind
		}
	}
	return ""
}

// bodyMessage says what a whole body, payload or decoded value of the
// given kind holds and what to do.
func bodyMessage(kind string, decoded bool) string {
	switch {
	case kind == fromDump:
		return dumpMessage
	case kind == fromRPC:
		return "the whole request of a remote call, every field its caller sent (passwords, tokens and personal data among them); log the method and the fields you need, or redact the request"
	case kind == fromConfig:
		return "the whole configuration, every key with its value, the secrets it holds among them (client secrets, API keys, passwords); log the keys, or the values you need"
	case kind == fromConfigValue:
		return "every value of the whole configuration in turn, the secrets it holds among them (client secrets, API keys, passwords); log the keys, or the values you need"
	case kind == fromClaims:
		return "the whole identity-token claims, which name the signed-in user (subject, email, name, groups); log the claims you need, masked"
	case kind == fromMessage && decoded:
		return "the whole message decoded from its payload, which holds whatever its producer sent; log the fields you need, masked"
	case kind == fromMessage:
		return "the whole payload of a consumed message, which holds whatever its producer sent; log the fields you need, masked"
	case decoded:
		return "the whole " + kind + " decoded from its body, which holds whatever the other side sent; log the fields you need, masked"
	}
	return "the whole " + kind + " body read by io.ReadAll, which holds whatever the other side sent; log the fields you need, masked"
}

// dumpMessage says what a request dump holds and what to do.
const dumpMessage = "the whole HTTP request dumped by httputil, with every header (Authorization, Cookie) and the body; log the method, the route and the fields you need"

// encodedMessage says what the encoded text of a whole value of the given
// kind holds and what to do.
func encodedMessage(kind string) string {
	switch kind {
	case fromDump:
		return dumpMessage
	case fromRPC:
		return "the whole request of a remote call encoded as text, every field its caller sent (passwords, tokens and personal data among them); log the method and the fields you need, or redact the request"
	case fromConfig, fromConfigValue:
		return "the whole configuration encoded as text, the secrets it holds among them (client secrets, API keys, passwords); log the keys, or the values you need"
	case fromClaims:
		return "the identity-token claims encoded whole, which name the signed-in user (subject, email, name, groups); log the claims you need, masked"
	case fromMessage:
		return "a whole consumed message encoded as text, which holds whatever its producer sent; log the fields you need, masked"
	}
	return "the whole " + kind + " encoded as text, which holds whatever the other side sent; log the fields you need, masked"
}

// objectOf returns the object an identifier (or a parenthesised one)
// defines or uses, or nil.
func (c *checker) objectOf(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	return c.pass.TypesInfo.ObjectOf(id)
}

// isHTTPType reports whether t is net/http.<name> or a pointer to it.
func isHTTPType(t types.Type, name string) bool {
	return isNamedType(astx.Deref(types.Unalias(t)), apis.HTTPPkg, name)
}
