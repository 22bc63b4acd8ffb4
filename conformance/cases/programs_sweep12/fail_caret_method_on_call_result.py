import re


def find_version(text):
    return re.search(r"version (\d+)\.(\d+)", text)


banner = "server version 2.7 ready"
print(find_version(banner).groups())
print(tuple(map(int, find_version(banner).groups())))
print(find_version("server ready").group(1).zfill(3))
