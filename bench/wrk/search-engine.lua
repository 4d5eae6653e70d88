-- Search engine latency for one client: the 15 queries of search.lua in turn. bench/run runs it with
-- the response cache off (a parameter the route does not declare no longer makes a request unique),
-- so every request runs the full-text statement. Prints p50/p95/p99 in ms at the end.
local queries = {
  "reseaux%20sociaux", "r%C3%A9seaux%20sociaux", "communication", "marketing%20digital", "metiers",
  "communicants", "influence", "strat%C3%A9gie%20de%20marque", "dilemme", "intelligence%20artificielle",
  "%22relations%20presse%22", "data%20-cookies", "podcast", "newsletter", "chargee%20de%20communication",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(n % #queries) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("search-engine p50 %.2f p95 %.2f p99 %.2f max %.2f ms, %d requests\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests))
end
