// Package zerologfields logs personal data through zerolog fields.
package zerologfields

import (
	"os"

	"github.com/rs/zerolog"
)

type Patient struct {
	ID       string
	Birthday string
	Phone    string
}

func log(p Patient, token string) {
	logger := zerolog.New(os.Stdout)
	logger.Info().Str("birthday", p.Birthday).Msg("admitted") // want `log key "birthday" names personal data \(birthday\)`
	logger.Info().Str("patient_id", p.ID).Msg("admitted")
	logger.Info().Interface("patient", p).Msg("admitted")       // want `logs the whole Patient with its personal fields \(Birthday, Phone\)`
	sub := logger.With().Str("access_token", token).Logger()    // want `log key "access_token" names a secret \(token\)`
	sub.Info().Str("caller", p.Phone).Msg("admitted")           // want `p.Phone holds personal data \(phone\)`
	sub.Info().Msgf("admitted patient with phone: %s", p.Phone) // want `format key "phone" names personal data`
	sub.Info().Msg(p.Phone)                                     // want `p.Phone holds personal data`
	sub.Info().Int("phone_count", 2).Str("token_type", "bearer").Msg("ok")
}
