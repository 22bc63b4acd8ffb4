def load(name):
    raise FileNotFoundError(2, "No such file", name)

def parse(name):
    try:
        load(name)
    except OSError as e:
        raise ValueError(f"cannot parse {name}") from e

def main():
    try:
        parse("cfg.ini")
    except ValueError:
        raise SystemError("startup failed")

main()
