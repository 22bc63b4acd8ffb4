# Both an explicit cause and an implicit context: the traceback shows the
# cause, and the context stays hidden behind it.
def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        try:
            port = {"http": 80, "https": 443}[text]
        except KeyError:
            raise ValueError(f"not a port: {text!r}") from e
    return port


print(parse_port("8080"), parse_port("https"))
parse_port("ftp")
