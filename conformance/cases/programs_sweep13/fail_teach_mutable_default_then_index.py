def add_score(score, scores=[]):
    scores.append(score)
    return scores


print(add_score(10))
print(add_score(20))
fresh = add_score(30, [])
print(fresh)
print("third score of the shared list:", add_score(40)[2], add_score(50)[5])
