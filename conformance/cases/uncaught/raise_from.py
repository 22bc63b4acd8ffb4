# With "raise ... from", the last line of the traceback is the new exception.
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise LookupError(f"invalid port {text!r}") from e


print(parse_port("8080"))
print(parse_port("http"))
