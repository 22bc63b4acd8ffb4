bases = {"model": object}
class User(bases["Model"]):
    pass
