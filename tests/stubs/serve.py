"""Speech and Gemini stand-ins in their own process, on one asyncio loop (for benchmarks).

The test stand-ins (speech_stub, gemini_stub) use a thread per call, which is simple and records
everything; under 64 concurrent calls on a small machine their threads cost more than the adapters do,
and a benchmark would measure the stub. These serve the same wire protocols with ``asyncio.sleep`` for
the latency: the real speech_v2 Recognize method over gRPC (grpc.aio) and Vertex ``generateContent``
over a minimal HTTP/1.1 keep-alive server.

``python -m tests.stubs.serve --speech-latency 0.3 --gemini-latency 0.7`` prints one JSON line with the
endpoints, then serves until stdin closes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import sys
from datetime import timedelta

import grpc
from google.cloud.speech_v2.types import cloud_speech

from tests.stubs.gemini_stub import calm_answer
from tests.stubs.speech_stub import DEFAULT_TEXT


def _speech_answer(request: cloud_speech.RecognizeRequest) -> cloud_speech.RecognizeResponse:
    rate = request.config.explicit_decoding_config.sample_rate_hertz or 16000
    duration = len(request.content) / 2 / rate
    if not request.content.strip(b"\x00"):
        return cloud_speech.RecognizeResponse()
    words = DEFAULT_TEXT.split()
    step = duration / len(words)
    alternative = cloud_speech.SpeechRecognitionAlternative(
        transcript=DEFAULT_TEXT,
        confidence=0.9,
        words=[
            cloud_speech.WordInfo(
                word=w, start_offset=timedelta(seconds=i * step), end_offset=timedelta(seconds=(i + 1) * step)
            )
            for i, w in enumerate(words)
        ],
    )
    return cloud_speech.RecognizeResponse(
        results=[
            cloud_speech.SpeechRecognitionResult(
                alternatives=[alternative], result_end_offset=timedelta(seconds=duration)
            )
        ]
    )


async def start_speech(latency_s: float) -> tuple[grpc.aio.Server, str]:
    async def recognize(request: cloud_speech.RecognizeRequest, context: object) -> cloud_speech.RecognizeResponse:
        await asyncio.sleep(latency_s)
        return _speech_answer(request)

    server = grpc.aio.server()
    server.add_generic_rpc_handlers(
        (
            grpc.method_handlers_generic_handler(
                "google.cloud.speech.v2.Speech",
                {
                    "Recognize": grpc.unary_unary_rpc_method_handler(
                        recognize,
                        request_deserializer=cloud_speech.RecognizeRequest.deserialize,
                        response_serializer=cloud_speech.RecognizeResponse.serialize,
                    )
                },
            ),
        )
    )
    port = server.add_insecure_port("127.0.0.1:0")
    await server.start()
    return server, f"http://127.0.0.1:{port}"


async def start_gemini(latency_s: float) -> tuple[asyncio.Server, str]:
    answer = calm_answer("오늘은")
    answer.pop("_quote")
    payload = json.dumps(
        {
            "candidates": [
                {
                    "content": {"role": "model", "parts": [{"text": json.dumps(answer, ensure_ascii=False)}]},
                    "finishReason": "STOP",
                }
            ],
            "usageMetadata": {"promptTokenCount": 1200, "candidatesTokenCount": 180, "totalTokenCount": 1380},
        },
        ensure_ascii=False,
    ).encode()
    head = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\n"
        b"Content-Length: " + str(len(payload)).encode() + b"\r\n\r\n"
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while True:
                headers = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in headers.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if length:
                    await reader.readexactly(length)
                await asyncio.sleep(latency_s)
                writer.write(head + payload)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}"


async def serve(speech_latency: float, gemini_latency: float) -> None:
    speech, speech_url = await start_speech(speech_latency)
    gemini, gemini_url = await start_gemini(gemini_latency)
    print(json.dumps({"speech": speech_url, "gemini": gemini_url}), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until the parent closes stdin
    gemini.close()
    await speech.stop(None)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speech-latency", type=float, default=0.0)
    parser.add_argument("--gemini-latency", type=float, default=0.0)
    args = parser.parse_args()
    asyncio.run(serve(args.speech_latency, args.gemini_latency))


if __name__ == "__main__":
    main()
