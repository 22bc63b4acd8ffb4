def connect(host, *, port=80, timeout=5):
    return f"{host}:{port} ({timeout}s)"


print(connect("a", port=1))
print(connect("a", 443))
