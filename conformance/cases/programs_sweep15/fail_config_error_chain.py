class ParseError(Exception):
    def __init__(self, line_no, text):
        super().__init__(f"line {line_no}: cannot parse {text!r}")
        self.line_no = line_no
class ConfigError(Exception):
    pass
def parse(lines):
    out = {}
    for i, line in enumerate(lines, 1):
        try:
            k, v = line.split("=")
            out[k.strip()] = int(v)
        except ValueError as e:
            raise ParseError(i, line) from e
    return out
def load(lines):
    try:
        return parse(lines)
    except ParseError as e:
        raise ConfigError("bad config") from e
print(load(["a = 1", "b = 2"]))
print(load(["a = 1", "b: 2"]))
