# A script's module namespace starts with an empty __annotations__ dict, so a
# function can read or fill it before any module-level annotation runs, and
# later annotations land in the same dict.


def note(key, value):
    __annotations__[key] = value


print(__annotations__)
note("early", "str")
limit: int = 10
print(__annotations__)
print(limit)
