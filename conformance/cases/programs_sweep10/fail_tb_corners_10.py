data = {"users": [{"name": "a"}, {"nam": "b"}]}
names = [u["name"] for u in data["users"]]
