package apis

import (
	"go/types"
	"slices"
	"strings"
)

// What a logged value is, as the libraries say: a value read by its name,
// a body read whole, a type that decides how it is written.

// NamedLookups read a value by the constant name they are given as their
// last argument, so that the constant says what the value holds:
// r.FormValue("email"), r.Header.Get("Authorization"),
// os.Getenv("DB_PASSWORD"), md.Get("authorization"), and the credential
// of a scheme, auth.AuthFromMD(ctx, "bearer").
var NamedLookups = []string{
	m(HTTPRequest, "FormValue"), m(HTTPRequest, "PostFormValue"), m(HTTPRequest, "PathValue"),
	m(HTTPPkg+".Header", "Get"), m(HTTPPkg+".Header", "Values"), m("net/url.Values", "Get"),
	"os.Getenv", m(ContextIface, "Value"),
	m(GRPCMetadataPkg+".MD", "Get"), GRPCMetadataPkg + ".ValueFromIncomingContext",
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/auth.AuthFromMD",
}

// GRPCMetadataPkg is the package of gRPC's request metadata.
const GRPCMetadataPkg = "google.golang.org/grpc/metadata"

// ValueNames are the types and struct fields ("path.Type.Field") whose
// values are what the library calls them, whatever the variable is
// named: a cookie is a bearer credential of the session it names.
var ValueNames = map[string]string{
	HTTPPkg + ".Cookie":       "cookie",
	HTTPPkg + ".Cookie.Value": "cookie",
}

// ResultNames are the functions whose result is what the library calls
// it, whatever the variable or the key it is logged under is named: the
// anti-forgery token of a request from the CSRF middleware (the token the
// session expects, not a credential: see the piilog pass).
var ResultNames = map[string]string{
	"github.com/ory/nosurf.Token":      "csrf token",
	"github.com/justinas/nosurf.Token": "csrf token",
	"github.com/gorilla/csrf.Token":    "csrf token",
}

// ResultName returns the name of [ResultNames] for fn, or "".
func ResultName(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	return ResultNames[RawKey(fn)]
}

// MessagePayloads are the fields ("path.Type.Field") that hold the payload
// of a message consumed from a queue or a stream: whatever its producer
// sent, as a request body holds whatever the client sent.
var MessagePayloads = []string{
	"github.com/rabbitmq/amqp091-go.Delivery.Body",
	"github.com/nats-io/nats.go.Msg.Data",
	"github.com/IBM/sarama.ConsumerMessage.Value",
	"github.com/segmentio/kafka-go.Message.Value",
}

// IsMessagePayload reports whether the field named field of the struct
// type recv (or a pointer to it) is one of [MessagePayloads].
func IsMessagePayload(recv types.Type, field string) bool {
	k := TypeKey(recv)
	return k != "" && slices.Contains(MessagePayloads, k+"."+field)
}

// IsMessageType reports whether t (or what it points to) is the type of
// one of [MessagePayloads]: a message written whole writes its payload.
func IsMessageType(t types.Type) bool {
	k := TypeKey(t)
	return k != "" && slices.ContainsFunc(MessagePayloads, func(p string) bool {
		field, ok := strings.CutPrefix(p, k+".")
		return ok && !strings.Contains(field, ".")
	})
}

// Decoders decode their first argument, a whole body or payload, into the
// value their second argument points to: json.Unmarshal(body, &req).
var Decoders = []string{"encoding/json.Unmarshal", "encoding/xml.Unmarshal", "google.golang.org/protobuf/proto.Unmarshal"}

// StreamDecoders decode the stream their decoder was made from
// (json.NewDecoder(r.Body)) into the value their argument points to.
var StreamDecoders = []string{m("encoding/json.Decoder", "Decode"), m("encoding/xml.Decoder", "Decode")}

// DecoderMakers make a stream decoder of the reader they are given.
var DecoderMakers = []string{"encoding/json.NewDecoder", "encoding/xml.NewDecoder"}

// IsNamedLookup reports whether fn is one of [NamedLookups].
func IsNamedLookup(fn *types.Func) bool {
	return RawKeyIn(fn, NamedLookups)
}

// ValueName returns the name of [ValueNames] for key, a type ("path.Type")
// or a field ("path.Type.Field"), or "".
func ValueName(key string) string { return ValueNames[key] }

// TypeKey returns "path.Name" of a named type, or of the type a pointer
// points to, or "".
func TypeKey(t types.Type) string { return namedTypeKey(derefType(types.Unalias(t))) }

// BodyReaders read a whole stream, such as a request or response body,
// into memory.
var BodyReaders = []string{"io.ReadAll", "io/ioutil.ReadAll"}

// IsBodyReader reports whether fn is one of [BodyReaders].
func IsBodyReader(fn *types.Func) bool {
	return RawKeyIn(fn, BodyReaders)
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

// ProtoMessageMethod is the method of every generated protobuf message,
// which returns its reflective view.
const ProtoMessageMethod = "ProtoReflect"

// ProtoReflectPkg declares the reflective view of protobuf messages.
const ProtoReflectPkg = "google.golang.org/protobuf/reflect/protoreflect"

// IsProtoMessage reports whether t (or what it points to) is a generated
// protobuf message: its pointer has the ProtoReflect method returning a
// protoreflect.Message. Such a value is data received or sent over the
// wire, like a decoded request body.
func IsProtoMessage(t types.Type) bool {
	t = derefType(types.Unalias(t))
	if _, ok := t.(*types.Named); !ok {
		return false
	}
	sel := types.NewMethodSet(types.NewPointer(t)).Lookup(nil, ProtoMessageMethod)
	if sel == nil {
		return false
	}
	sig, ok := sel.Obj().Type().(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	return TypeKey(sig.Results().At(0).Type()) == ProtoReflectPkg+".Message"
}
