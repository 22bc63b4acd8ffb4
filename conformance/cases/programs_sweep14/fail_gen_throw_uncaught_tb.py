# An error thrown into a generator that does not handle it comes back out
# of throw() with the generator's frame in the traceback.
def reader(lines):
    count = 0
    for line in lines:
        count += 1
        yield line.strip().upper()
    return count


r = reader(["  alpha", "beta  ", "gamma"])
print(next(r), next(r))
r.throw(ValueError("stop reading"))
