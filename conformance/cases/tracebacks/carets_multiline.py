# A span over several lines is marked to the end of its first line.
def parse(text):
    return int(text)


values = [parse(t) for t in ["1", "2"]]
total = sum(values) + parse(
    "three"
)
