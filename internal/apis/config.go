package apis

import (
	"go/types"
	"slices"
)

// ConfigDecoders decode a configuration text (YAML, JSON, TOML) into the
// value that their one parameter of type any points to ([DecodeTarget]):
// yaml.Unmarshal(data, &cfg), json.NewDecoder(f).Decode(&cfg),
// toml.DecodeFile(path, &cfg).
var ConfigDecoders = []string{
	"encoding/json.Unmarshal", m("encoding/json.Decoder", "Decode"),
	"gopkg.in/yaml.v2.Unmarshal", "gopkg.in/yaml.v2.UnmarshalStrict", m("gopkg.in/yaml.v2.Decoder", "Decode"),
	"gopkg.in/yaml.v3.Unmarshal", m("gopkg.in/yaml.v3.Decoder", "Decode"),
	"go.yaml.in/yaml/v3.Unmarshal", m("go.yaml.in/yaml/v3.Decoder", "Decode"),
	"sigs.k8s.io/yaml.Unmarshal", "sigs.k8s.io/yaml.UnmarshalStrict",
	"github.com/BurntSushi/toml.Unmarshal", "github.com/BurntSushi/toml.Decode", "github.com/BurntSushi/toml.DecodeFile",
	m("github.com/BurntSushi/toml.Decoder", "Decode"),
	"github.com/pelletier/go-toml/v2.Unmarshal", m("github.com/pelletier/go-toml/v2.Decoder", "Decode"),
}

// FileReaders read a file of the file system, or one embedded in the
// program: what they read is data the program ships or is pointed to, not
// a request.
var FileReaders = []string{
	OSPkg + ".ReadFile", OSPkg + ".Open", OSPkg + ".OpenFile",
	"io/ioutil.ReadFile", "io/fs.ReadFile",
	m("embed.FS", "ReadFile"), m("embed.FS", "Open"),
	"github.com/BurntSushi/toml.DecodeFile",
}

// IsConfigDecoder reports whether fn is one of [ConfigDecoders].
func IsConfigDecoder(fn *types.Func) bool {
	return fn != nil && RawKeyIn(fn.Origin(), ConfigDecoders)
}

// IsFileReader reports whether fn is one of [FileReaders].
func IsFileReader(fn *types.Func) bool {
	return fn != nil && RawKeyIn(fn.Origin(), FileReaders)
}

// DecodeTarget returns the index of the parameter of a decoder that
// receives the decoded value, its first parameter of interface type, or
// -1.
func DecodeTarget(fn *types.Func) int {
	params := fn.Signature().Params()
	for i := range params.Len() {
		if types.IsInterface(params.At(i).Type()) {
			return i
		}
	}
	return -1
}

// ConfigDumps return a program's whole configuration, every key with its
// value, the secrets it was given among them (a client secret, an API
// key, a database password): koanf's All, Raw and Sprint, viper's
// AllSettings. A provider that embeds a *koanf.Koanf has its methods.
var ConfigDumps = slices.Concat(
	methods("github.com/knadh/koanf/v2.Koanf", "All", "Raw", "Sprint"),
	methods("github.com/knadh/koanf.Koanf", "All", "Raw", "Sprint"),
	[]string{ViperPkg + ".AllSettings", m(ViperPkg+".Viper", "AllSettings")},
)

// IsConfigDump reports whether fn is one of [ConfigDumps].
func IsConfigDump(fn *types.Func) bool {
	return fn != nil && RawKeyIn(fn.Origin(), ConfigDumps)
}
