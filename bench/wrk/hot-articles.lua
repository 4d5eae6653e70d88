-- A hot set of 100 published articles, requested at random (bench/generate: article-N with
-- N mod 100 = 50 is always PUBLISHED).
local paths = {}
for i = 1, 100 do
  paths[i] = "/api/v1/articles/article-" .. (i * 100 + 50)
end
math.randomseed(42)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
