// Package configdump logs a service's configuration. The whole of it, or
// each of its values in turn, holds the secrets the service was given (a
// client secret, an API key); its keys, and the values of the keys a
// reader needs, do not.
package configdump

import (
	"encoding/json"
	"fmt"
	"log/slog"

	"github.com/knadh/koanf/v2"
	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
	"go.uber.org/zap"
)

// Provider is a configuration provider built on koanf.
type Provider struct {
	*koanf.Koanf
}

// loaded logs the configuration a provider loaded.
func loaded(ko *koanf.Koanf, logger *logrus.Logger) {
	for k, v := range ko.All() {
		logger.Infof("loaded config: %v = %v", k, v) // want `logs every value of the whole configuration in turn, the secrets it holds among them`
	}
	logger.WithField("config", ko.Raw()).Debug("configuration") // want `logs the whole configuration, every key with its value`
	logger.Info(ko.Sprint())                                    // want `logs the whole configuration, every key with its value`
}

// loadedKeys logs what a reader needs: the keys, one chosen value, the
// number of keys.
func loadedKeys(ko *koanf.Koanf, logger *logrus.Logger) {
	for k := range ko.All() {
		logger.Infof("loaded config key %s", k)
	}
	for _, k := range ko.Keys() {
		logger.Debugf("config key %s", k)
	}
	logger.Infof("listening on %s", ko.String("serve.addr"))
	logger.Infof("%d keys loaded", len(ko.All()))
}

// logAll logs the configuration of a provider that embeds koanf, kept in
// a variable and encoded.
func (p *Provider) logAll(logger *slog.Logger) {
	all := p.All()
	for _, v := range all {
		logger.Info("config value", "value", v) // want `logs every value of the whole configuration in turn`
	}
	b, _ := json.Marshal(all)
	logger.Info("config", "json", string(b)) // want `logs the whole configuration encoded as text`
}

// logKeys logs the keys of the same provider.
func (p *Provider) logKeys(logger *slog.Logger) {
	logger.Info("config", "keys", p.Keys(), "count", len(p.All()))
}

// Settings serves a service's settings, read by viper.
type Settings struct {
	v *viper.Viper
}

// dump logs the settings.
func (s *Settings) dump(logger *zap.Logger) {
	logger.Debug("settings", zap.Any("settings", s.v.AllSettings())) // want `logs the whole configuration`
}

// keys logs the keys of the same settings and one chosen value.
func (s *Settings) keys(logger *zap.Logger) {
	logger.Debug("settings", zap.Strings("keys", s.v.AllKeys()), zap.String("mode", s.v.GetString("mode")))
}

// NewProvider loads a service's configuration from its flags at start-up
// and logs it: start-up code, but the service's log keeps every secret.
func NewProvider(flags *pflag.FlagSet, logger *logrus.Logger) (*Provider, error) {
	p := &Provider{Koanf: koanf.New(".")}
	for k, v := range p.All() {
		logger.Infof("loaded config: %v = %v", k, v) // want `logs every value of the whole configuration in turn`
	}
	return p, nil
}

// showCommand prints the configuration to the user who asks for it: the
// program's output, not a log.
func showCommand(p *Provider) *cobra.Command {
	return &cobra.Command{
		Use: "show",
		RunE: func(cmd *cobra.Command, args []string) error {
			fmt.Println(p.Sprint())
			for k, v := range p.All() {
				fmt.Printf("%s = %v\n", k, v)
			}
			return nil
		},
	}
}
