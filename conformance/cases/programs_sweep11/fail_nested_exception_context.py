def load_config(text):
    try:
        key, value = text.split("=")
    except ValueError:
        raise SyntaxError(f"bad line: {text!r}")
    return {key: value}


def main(lines):
    cfg = {}
    for line in lines:
        try:
            cfg.update(load_config(line))
        except SyntaxError as e:
            raise RuntimeError("config load failed") from e
    return cfg


print(main(["a=1", "b=2"]))
print(main(["a=1", "oops"]))
