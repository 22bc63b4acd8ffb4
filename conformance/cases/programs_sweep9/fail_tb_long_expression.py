data = {"users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}]}
first_roles = [u["roles"][0] for u in data["users"] if u["name"] == "ann"]
print(first_roles)
print(data["users"][1]["roles"][0].upper() + " " + data["users"][0]["name"].title())
