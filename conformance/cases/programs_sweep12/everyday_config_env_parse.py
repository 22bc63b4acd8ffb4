ENV_TEXT = """
# Application settings
APP_NAME=Moat Demo
APP_PORT=8080
APP_DEBUG=false
DATABASE_URL="postgres://user:p@ss=word@db:5432/app"
ALLOWED_HOSTS=localhost, example.com ,api.example.com
export CACHE_TTL=300  # seconds
EMPTY=
QUOTED_SINGLE='single # not a comment'
"""


def parse_env(text):
    env = {}
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):]
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError(f"line {n}: missing '='")
        value = value.strip()
        if value[:1] in ("'", '"') and value.endswith(value[0]):
            value = value[1:-1]
        elif " #" in value:
            value = value.split(" #", 1)[0].rstrip()
        env[key.strip()] = value
    return env


def typed(env):
    out = {}
    for k, v in env.items():
        if v.lower() in ("true", "false"):
            out[k] = v.lower() == "true"
        elif v.isdigit():
            out[k] = int(v)
        elif "," in v and "://" not in v:
            out[k] = [p.strip() for p in v.split(",")]
        else:
            out[k] = v
    return out


env = parse_env(ENV_TEXT)
for k, v in typed(env).items():
    print(f"{k:<14} {type(v).__name__:<5} {v!r}")
try:
    parse_env("GOOD=1\nBAD LINE")
except ValueError as e:
    print("ValueError:", e)
