def require(role):
    def deco(fn):
        def wrapper(user, *args):
            if role not in user["roles"]:
                raise PermissionError(f"{user['name']} lacks {role}")
            return fn(user, *args)
        return wrapper
    return deco

@require("admin")
def delete(user, item):
    return f"{user['name']} deleted {item}"

print(delete({"name": "root", "roles": ["admin"]}, "x"))
print(delete({"name": "guest", "roles": []}, "y"))
