// Package piilog defines an Analyzer that reports personal and secret
// data written in plain text to logs and to baggage.
//
// # Analyzer piilog
//
// piilog: check for personal data in logs and baggage
//
// Logs are kept for weeks, copied to several back ends and read by many
// people; baggage travels in headers to every downstream service. Phone
// numbers, email addresses, card numbers and passwords must be masked,
// hashed or left out of both.
//
// The pass reads the fields of zap (zap.String, zap.Any... and the
// SugaredLogger's ...w key-value pairs), slog (key-value pairs and
// slog.String, slog.Any, slog.Group attributes), logrus (WithField,
// WithFields and logrus.Fields), zerolog (Str, Interface... of events and
// of logger.With()), the otelzap bridge, go-kit (the key-value pairs of
// Log on any go-kit Logger, level.Info(logger) included, and of log.With),
// Open Policy Agent's logging.Logger (the keys of its WithFields map), the
// printf formats of the standard log package, fmt and every logger's ...f
// methods ("phone=%s"), the loggers of go-zero (logx and logc: print,
// printf, logx.Field fields and the ...v forms, which write one value
// whole) and go-kratos (the key-value pairs of Log and the ...w methods
// of its Logger and Helper, log.With, and its print and printf levels),
// and the members of OpenTelemetry baggage. A logger wrapper, a struct
// that embeds one of these loggers and redefines some of its methods
// with the same parameters (a WithField of its own that returns the
// wrapper), is read as the logger it wraps; its other methods, such as a
// redacting WithSensitiveField, are not.
//
// Categories:
//
//   - pii-field: a log key that names personal or secret data: phone,
//     mobile, tel, telephone, cellphone, email, password, passwd, pwd,
//     passphrase, secret, token, api key, private key, authorization,
//     bearer, cookie, credential, card number, credit card, cvv, cvc, ssn,
//     social security, id card, passport, birthday, date of birth (and
//     the plurals cookies, passwords, secrets, emails, phones), and
//     address when it is a person's (home, billing, shipping, street,
//     mailing... address, or a bare Address field of a struct that holds
//     other personal data, not only secrets). A key written in the text
//     before a value is a key too: "phone=%s", "email=" + v, "Bearer %s".
//   - pii-value: a value whose name says personal or secret data
//     (user.Phone, req.Password, r.FormValue("email"),
//     r.Header.Get("Authorization"), md.Get("authorization"), a variable
//     given one of these, an *http.Cookie, its Value or r.Cookies()) logged under a
//     neutral key or as a message, also inside a message built with
//     fmt.Sprintf or +, or a string literal shaped like an email address,
//     a phone number or a card number; and a URL whose user info
//     (scheme://user:password@host) holds a credential, written whole
//     (the *url.URL, its String(), the string it was parsed from, or a
//     string or slice of strings given its text through assignments,
//     append and range: urls = append(urls, u.String())): a
//     proxy's URL, returned by a function of the type of
//     http.Transport's Proxy or given to http.ProxyURL, and a URL whose
//     user info the code sets or reads (u.User, a url.URL literal with a
//     User), unless it removes it (u.User = nil). Other URLs, such as a
//     request's or an endpoint's, seldom have user info and are left
//     alone, and so is a URL that only ever holds constants (a development
//     database's, whose placeholder password the source shows) or that is
//     logged where it is known to be empty; URL.Redacted() masks the
//     password, and a string given a Redacted() text before it is
//     logged is not reported.
//   - whole-body: a value logged whole by reflection or %v (zap.Any,
//     slog.Any, slog and sugared key-value pairs, logrus fields,
//     zerolog Interface, %v, print arguments) that is an *http.Request, a
//     struct with personal fields, a consumed message with its payload
//     (amqp091, NATS, sarama, kafka-go), or a value decoded from a request
//     body or a message payload (json.Unmarshal(body, &req),
//     json.NewDecoder(r.Body).Decode(&req)), whatever its type, or from a
//     response body into a type that can hold whatever the other side
//     sent (a map, any, json.RawMessage, a string, a struct with such a
//     field or with a personal field, by Go name or json tag); the
//     claims of an identity token, which name the signed-in user: a value
//     that go-oidc's (*IDToken).Claims or (*UserInfo).Claims decoded, or
//     a golang-jwt MapClaims, StandardClaims or RegisteredClaims, or a
//     struct embedding one; a request or response body read by io.ReadAll
//     or a message payload, logged in any form; and the text that
//     json.Marshal or MarshalIndent (or encoding/xml's) wrote of any of
//     these, logged in any form (claimsJSON, _ := json.Marshal(claims)).
//     One claim is judged by its key like any value (claims["iss"]), and
//     the claims' count or type is not the claims. Also a whole
//     configuration, every key with its value, the secrets the service
//     was given among them: what koanf's All, Raw or Sprint (also of a
//     provider that embeds a *koanf.Koanf) or viper's AllSettings
//     returns, logged in any form, and the value of a range over it
//     (for k, v := range ko.All()); its keys, its size and the value of
//     one key are not reported.
//     Also a whole HTTP request dumped as text by httputil.DumpRequest or
//     DumpRequestOut, with or without its body (every header is in it,
//     Authorization and Cookie among them), logged in any form, also when
//     a function of the package returns it (func dumpRequest(r) string)
//     or when it is written to a bytes.Buffer or strings.Builder whose
//     text is logged after the write in a block that holds it (a write in
//     a branch does not reach a read after the branch); a dump on a
//     debugging path (behind an option, at debug level) is reported too,
//     as the log keeps its credentials all the same. And the whole
//     request of a remote call as its caller sent it, a login's password
//     among its fields: the req parameter of a grpc unary server or
//     client interceptor (a function taking a *grpc.UnaryServerInfo or a
//     grpc.UnaryInvoker) or of a function literal given as a go-kratos
//     middleware.Handler or a grpc.UnaryHandler, and a parameter of the
//     package's functions given it, logged with %v or as a value,
//     encoded by json.Marshal, or as the text a function of the package
//     returns of it (func args(req any) string { return
//     fmt.Sprintf("%+v", req) }).
//   - pii-baggage: a baggage member or property (baggage.NewMember,
//     NewMemberRaw, NewKeyValueProperty) whose key or value names
//     personal or secret data.
//
// Keys and names are matched on whole words after splitting case changes
// and separators: "userPhone", "user_phone", "User-Phone" and "e-mail"
// match, "telemetry", "tokenizer" and "hotel" do not.
//
// The pass stays silent when the data is masked or is not the data:
//
//   - the key or name says the value is masked: _hash, _hashed, _masked,
//     _redacted, _encrypted, _digest, _last4... (phone_hash, phoneMasked);
//   - the value goes through a function whose name says hash, mask,
//     redact, anonymize, encrypt, sanitize... or a crypto or hash package
//     function;
//   - the value is a constant that does not look like personal data
//     ("138****8000", ""), nil, a boolean, a number, a time or a duration
//     (phone_verified, email_count, zap.Bool("email", ok)); a local
//     variable declared in the function and only ever given such
//     constants is that constant, whatever its name says;
//   - an email address at a domain reserved for documentation and testing
//     by RFC 2606 and RFC 6761 (example.com, example.net, example.org and
//     the names under them, and the .example, .test, .invalid and
//     .localhost names): a placeholder, nobody's mailbox;
//   - the name is metadata about the data, not the data: a word such as
//     key, name, id, count, len, type, ttl, expiry, path, url, handler,
//     verified after it (passwordKey, secretName, tokenTTL,
//     authorization_handler), or next, page, num,
//     max, has before it (nextToken, pageToken, numEmails), a word such
//     as user, owner, subject, audience, scope or channel after a
//     secret's word (token_user, token_channel: whose the token is or
//     what it grants, a claim it carries, not the token), and %T or %p
//     of a secret;
//   - an anti-forgery token: a token that csrf or xsrf names (csrf_token,
//     r.Form.Get("csrf_token"), X-XSRF-Token), or the token the CSRF
//     middleware returns (nosurf.Token(r), csrf.Token(r)), whatever the
//     key: it proves that a form came from the service's own page and
//     authenticates nothing, the session cookie it is bound to being the
//     credential (which is reported);
//   - an address that is not a person's (zap.String("address", srv.Addr),
//     listen_addr, remote_address), even in a configuration struct that
//     holds secrets beside it (cfg.UpstreamAddr);
//   - an error under a key that names a secret ("invalid token: %s", err):
//     it is the failure, not the data;
//   - a key that names which kind of thing a bare name is: a Token field
//     under the key "zedtoken" is that kind of token (an opaque consistency
//     token), not one the key list knows as secret;
//   - a response decoded into a closed struct: one whose fields, exported
//     or not and recursively, are booleans, numbers, strings, times,
//     durations, or slices, arrays and structs of them, none named as
//     personal or secret data (an update check's reply of a version, a
//     text and a flag): it logs exactly those fields;
//   - a struct that logs itself (String, Format, Error, LogValue,
//     MarshalLogObject, MarshalJSON methods) or whose personal fields are
//     unexported or tagged json:"-";
//   - test support, whose personal data is made up: _test.go files, test
//     helpers (functions that take a *testing.T or a test server, methods
//     of suites and mocks), helpers called only from those, and packages
//     that exist for tests (a test-driver package that exports only a
//     harness whose methods take the test, such as an interface with
//     FailNow, and the clients it is built from); and output that is not a log: fmt.Fprintf to an
//     http.ResponseWriter, fmt.Sprintf;
//   - command-line code (a command's Run, RunE or Action, main, and the
//     helpers only they call): what it prints or logs, with fmt, log or
//     any logger, is the program's output on the terminal of the user
//     who runs it (a login command's debug line with the token it just
//     obtained for that user), not a service's log kept by a back end
//     (a service's own main and start-up command count as command-line
//     code too, so a secret logged there before it serves is not
//     reported); baggage set there is still reported, as it travels to
//     the servers the program calls, and so is a whole configuration
//     written there by a logger rather than printed by fmt: start-up
//     code logs it to the service's log, secrets and all.
//
// Span attributes are not reported: the article recommends them over
// baggage for such data, and the highcardinality pass looks after their
// keys.
//
// A finding is silenced by //otellint:ignore piilog <reason> (or
// //nolint:otellint) on its line or the line above.
//
// # Examples
//
// Reported:
//
//	func login(ctx context.Context, logger *zap.Logger, u User, password string) {
//		logger.Info("login", zap.String("phone", u.Phone))        // pii-field
//		slog.InfoContext(ctx, "login", "user", u.Email)           // pii-value
//		log.Printf("login user=%s password=%s", u.Name, password) // pii-field
//	}
//
// Silent:
//
//	func login(ctx context.Context, logger *zap.Logger, u User, password string) {
//		logger.Info("login", zap.String("phone_hash", hashPhone(u.Phone)))
//		slog.InfoContext(ctx, "login", "user_id", u.ID)
//		log.Printf("login user=%s password_set=%t", u.Name, password != "")
//	}
//
// Reported:
//
//	func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
//		body, _ := io.ReadAll(r.Body)
//		s.log.Info("request", zap.Any("req", r))             // whole-body
//		s.log.Debug("payload", zap.ByteString("body", body)) // whole-body
//	}
//
// Silent:
//
//	func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
//		body, _ := io.ReadAll(r.Body)
//		s.log.Info("request", zap.String("method", r.Method), zap.String("route", r.Pattern))
//		s.log.Debug("payload", zap.Int("body_size", len(body)))
//	}
//
// Reported:
//
//	func signedIn(idToken *oidc.IDToken) {
//		var claims jwt.MapClaims
//		_ = idToken.Claims(&claims)
//		claimsJSON, _ := json.Marshal(claims)
//		log.Printf("login successful, claims: %s", claimsJSON) // whole-body
//	}
//
// Silent:
//
//	func signedIn(idToken *oidc.IDToken) {
//		var claims jwt.MapClaims
//		_ = idToken.Claims(&claims)
//		log.Printf("login successful, issuer %v, %d claims", claims["iss"], len(claims))
//	}
//
// Reported:
//
//	func tag(ctx context.Context, u User) context.Context {
//		m, _ := baggage.NewMember("user.phone", u.Phone) // pii-baggage
//		b, _ := baggage.New(m)
//		return baggage.ContextWithBaggage(ctx, b)
//	}
//
// Silent:
//
//	func tag(ctx context.Context, u User) context.Context {
//		m, _ := baggage.NewMember("user.id", u.ID)
//		b, _ := baggage.New(m)
//		return baggage.ContextWithBaggage(ctx, b)
//	}
//
// Also silent: a masked constant (zap.String("phone_masked", "138****8000")),
// a boolean (zap.Bool("phone_verified", ok)), a network address
// (zap.String("address", srv.Addr)) and a pagination token
// (zap.String("next", page.NextToken)).
//
// # Configuration
//
// Each option is a flag -piilog.<option> of the otellint command (and of go vet
// -vettool) and a key of the piilog block of the golangci-lint plugin's settings.
//
//	-piilog.checks (default: pii-field,pii-value,whole-body,pii-baggage)
//	    comma-separated list of the checks to run
//	-piilog.keys (default: none)
//	    comma-separated words to add to the personal and secret key list (iban, national id)
//	-piilog.ignore-keys (default: none)
//	    comma-separated words to remove from the default key list
package piilog
