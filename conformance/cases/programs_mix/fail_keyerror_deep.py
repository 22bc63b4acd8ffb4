import json

CONFIG = json.loads("""
{"services": {"web": {"port": 8080, "env": {"DEBUG": "1"}},
              "db": {"port": 5432}}}
""")


def get_env(service, key):
    return CONFIG["services"][service]["env"][key]


def describe(service):
    port = CONFIG["services"][service]["port"]
    debug = get_env(service, "DEBUG")
    return f"{service}:{port} debug={debug}"


def main():
    for name in sorted(CONFIG["services"], reverse=True):
        print(describe(name))


main()
