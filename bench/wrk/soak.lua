-- Soak mix (bench/soak): mostly public reads, with readers' comment posts and CV submissions at a realistic ratio
-- (SOAK_POST_EVERY: one request in N is a post; 50 by default, i.e. 2 %). Every post carries a
-- run marker and its own e-mail and client address (X-Forwarded-For, trusted for the soak), so
-- that rate limits count as for distinct readers; accepted posts (202) are counted to be checked
-- in the database afterwards.
local run = os.getenv("SOAK_RUN") or "soak"
local post_every = tonumber(os.getenv("SOAK_POST_EVERY") or "50")
-- one request in SOAK_CV_EVERY is a CV submission (multipart, a small PDF): 0.2 % by default
local cv_every = tonumber(os.getenv("SOAK_CV_EVERY") or "500")
local objects = {
  "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
  "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
  "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n",
}
local pdf = "%PDF-1.4\n"
local table_lines = "xref\n0 4\n0000000000 65535 f \n"
for _, object in ipairs(objects) do
  table_lines = table_lines .. string.format("%010d 00000 n \n", #pdf)
  pdf = pdf .. object
end
pdf = pdf .. table_lines .. "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" .. #pdf .. "\n%%EOF\n"
local boundary = "----kiosque-soak-boundary"
local function part(name, value)
  return "--" .. boundary .. '\r\nContent-Disposition: form-data; name="' .. name .. '"\r\n\r\n' .. value .. "\r\n"
end
local threads = {}
local counter = 0

local reads = {
  "/api/v1/articles", "/api/v1/articles?page=2", "/api/v1/articles?section=reseaux-sociaux",
  "/api/v1/sections", "/api/v1/tags", "/api/v1/jobs", "/api/v1/jobs?contract=CDI",
  "/api/v1/job-profiles", "/api/v1/search?q=marketing", "/feeds/articles.rss",
}
for i = 1, 100 do
  reads[#reads + 1] = "/api/v1/articles/article-" .. (i * 100 + 50)
  reads[#reads + 1] = "/api/v1/articles/article-" .. (i * 100 + 50) .. "/comments"
end

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  accepted, refused, server_errors, posts, other, cvs, cv_accepted = 0, 0, 0, 0, 0, 0, 0
  math.randomseed(os.time() * 1000 + id)
end

request = function()
  counter = counter + 1
  if counter % cv_every == 0 then
    cvs = cvs + 1
    local marker = run .. "-" .. id .. "-" .. counter
    local body = part("firstName", "Camille") .. part("lastName", "Soak") .. part("email", marker .. "@soak.example")
      .. part("location", "Lyon") .. part("desiredProfile", "community-manager") .. part("message", "Candidature de soak " .. marker .. ".") .. part("consent", "true")
      .. "--" .. boundary .. '\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\n'
      .. "Content-Type: application/pdf\r\n\r\n" .. pdf .. "\r\n--" .. boundary .. "--\r\n"
    local headers = {
      ["Content-Type"] = "multipart/form-data; boundary=" .. boundary,
      ["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254),
    }
    return wrk.format("POST", "/api/v1/cv-submissions", headers, body)
  end
  if counter % post_every == 0 then
    posts = posts + 1
    local article = "article-" .. (math.random(100) * 100 + 50)
    local marker = run .. "-" .. id .. "-" .. counter
    local body = '{"authorName":"Lecteur soak","authorEmail":"' .. marker .. '@soak.example",'
      .. '"body":"Commentaire de soak ' .. marker .. ' : merci pour cet article."}'
    local headers = {
      ["Content-Type"] = "application/json",
      ["X-Forwarded-For"] = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254),
    }
    return wrk.format("POST", "/api/v1/articles/" .. article .. "/comments", headers, body)
  end
  return wrk.format("GET", reads[math.random(#reads)])
end

-- wrk does not tell which request an answer belongs to (several connections per thread): the
-- statuses do. 202 only answers a post, 201 only a CV; 409 (duplicate, comments closed) and 429
-- only a post or a CV too.
response = function(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status == 201 then
    cv_accepted = cv_accepted + 1
  elseif status == 202 then
    accepted = accepted + 1
  elseif status == 429 or status == 409 then
    refused = refused + 1
  elseif status >= 400 then
    other = other + 1
  end
end

done = function(summary, latency, requests)
  local a, r, e, p, o, c, ca = 0, 0, 0, 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted")
    r = r + thread:get("refused")
    e = e + thread:get("server_errors")
    p = p + thread:get("posts")
    o = o + thread:get("other")
    c = c + thread:get("cvs")
    ca = ca + thread:get("cv_accepted")
  end
  io.write(string.format("SOAK requests=%d posts=%d accepted=%d cvs=%d cv_accepted=%d refused=%d other_4xx=%d server_errors=%d p50_ms=%.1f p99_ms=%.1f\n",
    summary.requests, p, a, c, ca, r, o, e, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
