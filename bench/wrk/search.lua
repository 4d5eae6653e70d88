-- Search: French queries, common and rare, accented or not, requested at random (the response
-- cache answers repeats; run with CACHE=off to measure the engine itself).
local queries = {
  "reseaux%20sociaux", "r%C3%A9seaux%20sociaux", "communication", "marketing%20digital", "metiers",
  "communicants", "influence", "strat%C3%A9gie%20de%20marque", "dilemme", "intelligence%20artificielle",
  "%22relations%20presse%22", "data%20-cookies", "podcast", "newsletter", "chargee%20de%20communication",
}
local paths = {}
for i, q in ipairs(queries) do
  paths[i] = "/api/v1/search?q=" .. q
end
math.randomseed(42)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
