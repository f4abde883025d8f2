package otellint

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/otellint/otellint/internal/passkit"
)

// Config is the configuration of the whole suite: which passes run and
// each pass's own options. Its JSON form is the golangci-lint plugin's
// settings block,
//
//	{"enable": [...], "disable": [...], "<pass>": {"<option>": ...}, ...}
//
// and the same options are the -<pass>.<option> flags of the command.
type Config struct {
	// Enable, if not empty, lists the only passes to run.
	Enable []string
	// Disable lists passes not to run.
	Disable []string
	// Passes holds the configuration of each pass (a *<pass>.Config) by
	// name; a pass that is missing has its default configuration.
	Passes map[string]any
}

// DefaultConfig returns the configuration of a run with no options: every
// pass, with its defaults.
func DefaultConfig() Config {
	cfg := Config{Passes: map[string]any{}}
	for _, p := range Passes {
		cfg.Passes[p.Info().Name] = p.NewConfig()
	}
	return cfg
}

// ConfigOf returns the configuration of pass p in cfg, adding p's default
// configuration if cfg has none: the way to change one option in code.
func ConfigOf[C any](cfg *Config, p *passkit.Pass[C]) *C {
	if cfg.Passes == nil {
		cfg.Passes = map[string]any{}
	}
	c, ok := cfg.Passes[p.Name].(*C)
	if !ok {
		c = p.NewConfig().(*C)
		cfg.Passes[p.Name] = c
	}
	return c
}

// MarshalJSON writes the configuration in the plugin's settings form, the
// passes in registry order.
func (c Config) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	write := func(key string, v any) error {
		data, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", key, data)
		return nil
	}
	if c.Enable != nil {
		if err := write("enable", c.Enable); err != nil {
			return nil, err
		}
	}
	if c.Disable != nil {
		if err := write("disable", c.Disable); err != nil {
			return nil, err
		}
	}
	for _, p := range Passes {
		name := p.Info().Name
		if cfg, ok := c.Passes[name]; ok {
			if err := write(name, cfg); err != nil {
				return nil, err
			}
		}
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// UnmarshalJSON lays the settings over the defaults (or over the passes
// c already configures): an option left out keeps its value, a list given
// replaces the list. A key that is neither enable, disable nor a pass, an
// option a pass does not have, and a value of the wrong type are errors
// that name the pass block.
func (c *Config) UnmarshalJSON(data []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("want a block of settings (enable, disable and one block per pass)")
	}
	if c.Passes == nil {
		c.Passes = DefaultConfig().Passes
	}
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		val := raw[key]
		switch key {
		case "enable", "disable":
			var names []string
			if err := json.Unmarshal(val, &names); err != nil {
				return fmt.Errorf("%s: want a list of pass names", key)
			}
			if key == "enable" {
				c.Enable = names
			} else {
				c.Disable = names
			}
			continue
		}
		i := slices.IndexFunc(Passes, func(p passkit.Declared) bool { return p.Info().Name == key })
		if i < 0 {
			var names []string
			for _, p := range Passes {
				names = append(names, p.Info().Name)
			}
			return fmt.Errorf("unknown setting %q (settings: enable, disable, and a block of options for a pass: %s)", key, strings.Join(names, ", "))
		}
		p := Passes[i]
		cfg, ok := c.Passes[key]
		if !ok {
			cfg = p.NewConfig()
			c.Passes[key] = cfg
		}
		if err := p.DecodeConfig(val, cfg); err != nil {
			return fmt.Errorf("%s: %v", key, err)
		}
	}
	return nil
}
