# One image for both workers; docker-compose.yml chooses the command.
FROM python:3.11-slim
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY services ./services
COPY schemas ./schemas
COPY seeds ./seeds
ENV STATE_DIR=/var/lib/news-enrichment WEB_HOST=0.0.0.0
VOLUME ["/var/lib/news-enrichment"]
CMD ["python", "-m", "services.enricher", "worker"]
