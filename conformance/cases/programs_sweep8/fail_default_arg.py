config = {"size": 3}
def make(size=config["size"], color=config["color"]):
    return size, color
