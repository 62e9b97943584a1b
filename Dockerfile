# syntax=docker/dockerfile:1
# mhealth: the HTTP API (CMD: mhealth serve), and with another command the worker, migrations and jobs.
#   docker build -t mhealth .
#   docker build -t mhealth --build-arg EXTRAS=mysql,google,whisper --build-arg WHISPER_MODEL=small .
# The steps live in deploy/image.sh; scripts/check_container_recipe runs the same steps without a daemon.
# Deploying on Cloud Run: docs/deploy.md.

# Pin by digest in production: --build-arg PYTHON_IMAGE=python:3.11-slim-bookworm@sha256:<digest>
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# ---------------------------------------------------------------- builder: wheel + virtual environment
FROM ${PYTHON_IMAGE} AS builder
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_INPUT=1 \
    MHEALTH_HOME=/opt/mhealth \
    MHEALTH_VENV=/opt/mhealth/venv \
    HF_HOME=/opt/mhealth/models
WORKDIR /src
# .dockerignore keeps the context to what the wheel needs (pyproject, README, lock, src, deploy)
COPY . .
# the wheel's extras: mysql (Cloud SQL) and google (Speech, Gemini, GCS, BigQuery); add whisper for local speech
ARG EXTRAS=mysql,google
# a faster-whisper model (e.g. small) downloaded now into HF_HOME; needs whisper in EXTRAS and the internet
ARG WHISPER_MODEL=
RUN bash deploy/image.sh install

# ---------------------------------------------------------------- runtime: no compilers, no caches, not root
FROM ${PYTHON_IMAGE}
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    MHEALTH_HOME=/opt/mhealth \
    MHEALTH_VENV=/opt/mhealth/venv \
    HF_HOME=/opt/mhealth/models \
    HF_HUB_DISABLE_TELEMETRY=1 \
    PATH=/opt/mhealth/venv/bin:$PATH \
    MHEALTH_HOST=0.0.0.0 \
    MHEALTH_PORT=8080 \
    MHEALTH_DATA_DIR=/var/lib/mhealth
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/mhealth --create-home \
        --shell /usr/sbin/nologin mhealth \
    && chmod 0700 /var/lib/mhealth
COPY --from=builder /opt/mhealth /opt/mhealth
USER 10001:10001
WORKDIR /var/lib/mhealth
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["/opt/mhealth/bin/image.sh", "health"]
ENTRYPOINT ["/opt/mhealth/bin/image.sh", "run"]
CMD ["mhealth", "serve"]
