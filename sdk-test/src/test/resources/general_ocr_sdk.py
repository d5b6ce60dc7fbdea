# Calls certscan serve with Baidu's official Python SDK (baidu-aip), unchanged: only its URL
# constants point at the server, and general_ocr is called through client.post, as the SDK's own
# documentation says for APIs it has no method for.
#
#   python3 general_ocr_sdk.py SDK_DIR BASE_URL API_KEY SECRET_KEY KIND FILE [REPEAT_AFTER_SECONDS]
#
# KIND is image, pdf_file or ofd_file. Prints one JSON line per call:
# {"signing": true|false, "result": <what the SDK returned>}.
import base64
import json
import sys
import time

sys.path.insert(0, sys.argv[1])
from aip import AipOcr  # noqa: E402
from aip.base import AipBase  # noqa: E402

base_url, api_key, secret_key, kind, path = sys.argv[2:7]
AipBase._AipBase__accessTokenUrl = base_url + '/oauth/2.0/token'
client = AipOcr('certscan-sdk-test', api_key, secret_key)
with open(path, 'rb') as document:
    encoded = base64.b64encode(document.read()).decode('ascii')
params = {'image': encoded} if kind == 'image' else {kind: encoded, kind + '_num': '1'}
calls = 2 if len(sys.argv) > 7 else 1
for call in range(calls):
    if call > 0:
        time.sleep(float(sys.argv[7]))
    result = client.post(base_url + '/rest/2.0/ocr/v1/general_ocr', params)
    print(json.dumps({'signing': bool(client._isCloudUser), 'result': result}, ensure_ascii=False), flush=True)
