data = {"users": {"alice": {}}}
email = (data["users"]
             ["alice"]
             ["email"])
