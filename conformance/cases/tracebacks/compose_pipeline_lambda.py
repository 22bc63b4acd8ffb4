# An error in a lambda inside a list comprehension called through a composed pipeline.
def compose(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
pipeline = compose(str.strip, lambda s: s.split(","), lambda parts: [int(p) for p in parts], sum)
print(pipeline(" 1,2,3 "))
print(pipeline("1,two,3"))
